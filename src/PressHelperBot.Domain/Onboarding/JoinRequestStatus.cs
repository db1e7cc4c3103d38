namespace PressHelperBot.Domain.Onboarding;

public enum JoinRequestStatus
{
    Pending,
    Approved,
    Declined,
}
