using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// Marks an organisation exempt from keeping pages, with its basis, or ends it; each with its audit
// entry in the same unit of work. Free of Telegram: returns null when done, or why not.
internal sealed class ExemptOrganisation(DepartmentRepository departments, RegistryAudit audit, OrgCalendar calendar)
{
    public string? Exempt(int departmentId, string document, DateOnly date, long actorId, string actorName, DateTimeOffset now)
    {
        var department = departments.FindForUpdate(departmentId);
        if (department is null)
        {
            return ExemptionTexts.Gone;
        }
        try
        {
            department.Exempt(document, date, actorId, now, calendar.Today(now));
        }
        catch (DomainException e)
        {
            return e.Message;
        }
        departments.Save(department);
        audit.Record(actorId, actorName, now, $"{department.Name}: освобождение от ведения страниц", "нет",
            $"{department.Exemption!.Document} от {RegistryTexts.Date(date)}");
        return null;
    }

    public string? End(int departmentId, long actorId, string actorName, DateTimeOffset now)
    {
        var department = departments.FindForUpdate(departmentId);
        if (department is null)
        {
            return ExemptionTexts.Gone;
        }
        try
        {
            var ended = department.EndExemption();
            departments.Save(department);
            audit.Record(actorId, actorName, now, $"{department.Name}: освобождение от ведения страниц",
                $"{ended.Document} от {RegistryTexts.Date(ended.Date)}", "снято");
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }
}
