using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Who may report and see what, decided from the stored person on every update: staff for their own
// departments, coordinators and admins for any; observers see everything and report nothing.
internal sealed class RegistryAccess(DepartmentRepository departments)
{
    public static bool IsDecider(Person? person) => person?.Role is Role.Coordinator or Role.Admin;

    public IReadOnlyList<Department> Reportable(Person? person) => person switch
    {
        null or { IsBlocked: true } => [],
        _ when IsDecider(person) => departments.All(),
        { Role: Role.Staff } => departments.All().Where(d => person.BelongsTo(d.Id)).ToList(),
        _ => [],
    };

    public bool MayReport(Person? person, int departmentId) => Reportable(person).Any(d => d.Id == departmentId);

    public IReadOnlyList<Department> Visible(Person? person) =>
        person is { Role: Role.Staff } ? Reportable(person) : person is null ? [] : departments.All();

    public bool MaySee(Person? person, int departmentId) => Visible(person).Any(d => d.Id == departmentId);

    public bool MayReport(BotContext context, int departmentId) => MayReport(context.Person, departmentId);
}
