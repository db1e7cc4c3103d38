namespace PressHelperBot.Domain.Onboarding;

public enum InviteProblem
{
    None,
    Expired,
    UsedUp,
    Revoked,
}
