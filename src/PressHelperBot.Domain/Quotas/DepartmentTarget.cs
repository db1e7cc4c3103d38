namespace PressHelperBot.Domain.Quotas;

// What quota rules need to know about a department, taken as plain values so that the rules do not
// depend on how departments are stored. Target is the one in force at the moment of the check:
// a target changed mid-week applies to the whole week from the next check on. An exempt organisation
// keeps no pages by agreement (Amurzet section 1 item 3): it is not checked or reported.
public sealed record DepartmentTarget(int DepartmentId, int Target, DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt = null, bool IsExempt = false)
{
    public bool ExistsAt(DateTimeOffset moment) => CreatedAt <= moment && (DeletedAt is null || DeletedAt > moment);
}
