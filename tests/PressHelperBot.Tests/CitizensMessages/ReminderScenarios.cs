using PressHelperBot.Domain.Calendar;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.CitizensMessages.CitizensDesk;

namespace PressHelperBot.Tests.CitizensMessages;

// Assigned on Monday 23.11.2026 at 09:00 Moscow: due at 18:00 that day (one working day), the
// department reminded at 16:00 (REPLY_REMIND_BEFORE_WORKING_HOURS = 2).
public sealed class ReminderScenarios
{
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");

    private static DateTimeOffset At(string day, string time) =>
        Moscow.Instant(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task An_overdue_draft_is_reminded_once_and_escalated_once_across_restarts()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message, "до пн 23.11, 18:00");

        await bot.AdvanceToAsync(At("2026-11-23", "15:59"));
        Assert.Equal(0, Count(desk.Ivan, "⏰"));
        await bot.AdvanceToAsync(At("2026-11-23", "16:00"));
        var reminder = await desk.Ivan.SeesAsync("⏰ Скоро срок: ответ на сообщение №1 нужен до пн 23.11, 18:00");
        Assert.Equal(["✍️ Ответить"], reminder.ButtonLabels());

        await bot.RestartAsync();
        await bot.AdvanceToAsync(At("2026-11-23", "17:59"));
        Assert.Equal(0, Count(desk.Maria, "Просрочен"));

        // Down over the due time; the first sweep after the start catches up, once.
        await bot.StopAsync();
        bot.Clock.SetUtcNow(At("2026-11-24", "10:00"));
        await bot.RestartAsync();
        await bot.JobsIdleAsync();
        var escalation = await desk.Maria.SeesAsync("⏰ Просрочен ответ на сообщение №1");
        Assert.Contains("срок был пн 23.11, 18:00. Черновика от подразделения «Отдел культуры» пока нет.", escalation.Text);
        Assert.Equal(["📤 Поручить другому подразделению"], escalation.ButtonLabels());
        await desk.Ivan.SeesAsync("⏰ Срок ответа на сообщение №1 прошёл");
        await desk.Oleg.SeesAsync("⏰ Просрочен ответ на сообщение №1");

        await bot.RestartAsync();
        await bot.AdvanceToAsync(At("2026-11-25", "12:00"));
        await bot.AdvanceToAsync(At("2026-11-26", "12:00"));

        Assert.Equal(1, Count(desk.Ivan, "⏰ Скоро срок"));
        Assert.Equal(1, Count(desk.Ivan, "⏰ Срок ответа на сообщение №1 прошёл"));
        Assert.Equal(1, Count(desk.Maria, "⏰ Просрочен ответ"));
        Assert.Equal(1, Count(desk.Oleg, "⏰ Просрочен ответ"));
        Assert.Equal(1, Count(bot.Admin, "⏰ Просрочен ответ"));
        var card = await CardAsync(desk.Maria, message.Id);
        Assert.Contains("⏰ просрочен", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_draft_sent_before_the_reminder_time_gets_no_reminder_and_an_agreed_one_no_escalation()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message, "до пн 23.11, 18:00");
        await bot.AdvanceToAsync(At("2026-11-23", "11:00"));
        await desk.DraftsAsync(desk.Ivan, "Сергей, светильник заменим в четверг.");
        var draft = await DraftCardAsync(desk.Maria, message.Id);
        await desk.Maria.PressesAsync(draft, "✅ Согласовать");
        await desk.Maria.SeesAsync("согласован");

        await bot.AdvanceToAsync(At("2026-11-23", "16:00"));
        await bot.AdvanceToAsync(At("2026-11-24", "12:00"));

        Assert.Equal(0, Count(desk.Ivan, "⏰"));
        Assert.Equal(0, Count(desk.Maria, "⏰"));
        bot.Server.AssertNoViolations();
    }
}
