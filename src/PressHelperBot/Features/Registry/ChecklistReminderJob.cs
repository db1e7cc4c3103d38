using System.Globalization;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Monthly (REGISTRY_CHECKLIST_CRON): each department's staff get the list of their active accounts
// with gaps, naming what is missing on the page (the requisites, by the regulations' clauses) and in
// security; a department without staff goes to the coordinators. Exempt organisations keep no pages
// and are not asked. Keyed by the occurrence, so a run repeated after a restart sends nothing twice.
internal sealed class ChecklistReminderJob(
    DepartmentRepository departments,
    AccountRepository accounts,
    PeopleRepository people,
    IOutbox outbox,
    RegistrySettings settings) : IScheduledJob
{
    public string Id => "registry-checklist";

    public string Cron => settings.RegistryChecklistCron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        var occurrence = scheduledFor.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        foreach (var department in departments.All().Where(d => !d.IsExempt))
        {
            var gaps = accounts.ActiveIn(department.Id).Where(a => !ChecklistFeature.IsComplete(a)).ToList();
            if (gaps.Count == 0)
            {
                continue;
            }

            var text = $"🛡 <b>Проверка аккаунтов</b>: {Russian.Unit(department, Case.Nominative)}\n"
                + "Отметьте, что уже сделано, или сделайте недостающее:\n" + string.Join('\n', gaps.Select(Gaps))
                + "\n\n" + RegistryTexts.RequisitesSources;
            var buttons = Buttons.Column(ChecklistFeature.OpenButton(fromReminder: true));
            var staff = people.InDepartment(department.Id).Where(p => p.Role == Role.Staff && !p.IsBlocked).ToList();
            var recipients = staff.Count > 0 ? staff : people.Coordinators();
            foreach (var person in recipients)
            {
                outbox.Send(new OutgoingMessage($"registry:checklist:{occurrence}:{department.Id}:{person.Id}", person.Id, text) { Buttons = buttons });
            }
        }
        return Task.CompletedTask;
    }

    private static string Gaps(Account account)
    {
        var lines = new List<string> { $"• {RegistryTexts.AccountLine(account)}" };
        if (!account.Requisites.IsComplete)
        {
            lines.Add($"   нет на странице: {string.Join(", ", account.Requisites.Gaps)}");
        }
        if (!account.Checklist.IsComplete)
        {
            lines.Add($"   не отмечено: {string.Join(", ", account.Checklist.Gaps)}");
        }
        return string.Join('\n', lines);
    }
}
