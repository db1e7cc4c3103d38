using System.Globalization;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.People;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Monthly (REGISTRY_CHECKLIST_CRON): each department's staff get the list of their active accounts
// with security gaps; a department without staff goes to the coordinators. Keyed by the occurrence,
// so a run repeated after a restart sends nothing twice.
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
        foreach (var department in departments.All())
        {
            var gaps = accounts.ActiveIn(department.Id).Where(a => !a.Checklist.IsComplete).ToList();
            if (gaps.Count == 0)
            {
                continue;
            }

            var lines = gaps.Select(a => $"• {RegistryTexts.AccountLine(a)}: не отмечено — {string.Join(", ", a.Checklist.Gaps)}");
            var text = $"🛡 <b>Проверка безопасности аккаунтов</b> — {Html.Text(department.Name)}\n"
                + "Отметьте, что уже сделано, или сделайте недостающее:\n" + string.Join('\n', lines);
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
}
