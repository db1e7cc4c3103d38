using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// Reminders of open registry tasks (entries and access changes), derived from the stored due dates
// at every sweep: 3 days and 1 day before, on the due date, then every working day overdue with an
// escalation to observers (RegistryReminders). A key is recorded after its messages are queued,
// together with the later slots of the day the message already covers; the outbox drops a repeat of
// the same key, so a crash between the two sends nothing twice. After downtime the latest missed
// reminder goes once, worded for the day it is sent, or not at all when a newer one is due within
// the hour.
internal sealed class RegistryReminderSweep(
    RegistryTaskRepository tasks,
    RegistryNotices notices,
    OrgCalendar calendar,
    RegistrySettings settings) : ISweep
{
    public string Name => "registry-reminders";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var task in tasks.Open())
        {
            ct.ThrowIfCancellationRequested();
            foreach (var reminder in RegistryReminders.DueReminders(task, now, calendar, tasks.SentKeys(task.Id), settings.RegistryReminderTime))
            {
                // Closed since the list was read: its cards are already final.
                if (tasks.Find(task.Id) is not { IsClosed: false })
                {
                    break;
                }
                notices.Reminder(reminder, task);
                tasks.MarkSent(task.Id, reminder.Key, now);
                foreach (var covered in reminder.Covers)
                {
                    tasks.MarkSent(task.Id, covered, now);
                }
            }
        }
        return Task.CompletedTask;
    }
}
