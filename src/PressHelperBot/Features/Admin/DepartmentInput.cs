using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Admin;

// Turns what the admin typed into a department name or a quota, or into the reason it is refused.
internal static class DepartmentInput
{
    public static (string? Name, string? Problem) Name(string? text, DepartmentRepository departments, int exceptId = 0)
    {
        if (text is null)
        {
            return (null, AdminTexts.NameNotText);
        }

        var problem = PersonName.Check(text) switch
        {
            NameProblem.Empty => AdminTexts.NameEmpty,
            NameProblem.TooLong => AdminTexts.NameTooLong,
            _ => null,
        };
        if (problem is not null)
        {
            return (null, problem);
        }

        var name = PersonName.Normalize(text);
        return departments.NameTaken(name, exceptId) ? (null, AdminTexts.NameTaken) : (name, null);
    }

    public static int? Quota(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quota) && quota <= Department.MaxWeeklyQuota
            ? quota
            : null;
}
