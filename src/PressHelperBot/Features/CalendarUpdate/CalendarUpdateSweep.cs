using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.CalendarUpdate;

// The production calendar is data shipped with the bot (Domain/Calendar/RussianProductionCalendar).
// From December on, when next year is not in it (or this year, for a bot left without updates), the
// admins are asked, once each, to update the bot, during working hours: the outbox drops a key sent
// before, so every sweep may try again without asking twice, also after a restart.
internal sealed class CalendarUpdateSweep(OrgCalendar calendar, PeopleRepository people, IOutbox outbox) : ISweep
{
    public string Name => "calendar-update";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (calendar.National.MissingYear(calendar.Today(now)) is not { } year || !WorkingHours.Default.Contains(now, calendar))
        {
            return Task.CompletedTask;
        }

        var text = CalendarTexts.UpdateNeeded(year, calendar.National.Years.LastOrDefault()?.Year);
        foreach (var admin in people.Coordinators().Where(person => person.Role == Role.Admin))
        {
            ct.ThrowIfCancellationRequested();
            outbox.Send(new OutgoingMessage($"calendar:missing:{year}:{admin.Id}", admin.Id, text));
        }
        return Task.CompletedTask;
    }
}
