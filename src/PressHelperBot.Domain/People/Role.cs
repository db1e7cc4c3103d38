namespace PressHelperBot.Domain.People;

public enum Role
{
    Staff,
    Coordinator,
    Admin,
    Observer,
}
