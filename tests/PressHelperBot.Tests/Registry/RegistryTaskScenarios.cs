using FakeTelegram;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Persistence;
using PressHelperBot.Features.Registry;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// Day 0 is Monday 23.11.2026 (the harness's clock); an account created that day is due on
// Thursday 03.12. Reminders go at 10:00 Moscow (REGISTRY_REMINDER_TIME's default).
public sealed class RegistryTaskScenarios
{
    private static readonly DateOnly Day0 = new(2026, 11, 23);

    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");

    private static DateTimeOffset On(BotUnderTest bot, int day, string time = "10:00") =>
        Moscow.Instant(Day0.AddDays(day), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public async Task Reminders_come_on_days_7_9_10_then_overdue_with_an_escalation_and_stop_after_the_registry_is_updated()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var olga = bot.NewPerson("Ольга", "Глава");
        bot.Seed.Observer(olga);
        await ivan.ReportsCreatedAsync(date: "сегодня");
        await maria.SeesAsync("Внести в реестр до 03.12");

        await bot.AdvanceToAsync(On(bot, 7, "09:59"));
        Assert.Equal(0, Count(maria, "⏰"));
        await bot.AdvanceToAsync(On(bot, 7));
        await maria.SeesAsync("Через 3 дня срок: внести в реестр до 03.12");
        await bot.AdvanceToAsync(On(bot, 9));
        await maria.SeesAsync("Завтра срок");
        await bot.AdvanceToAsync(On(bot, 10));
        var due = await maria.SeesAsync("Сегодня последний день");
        Assert.Contains("✅ Реестр обновлён", due.ButtonLabels());
        Assert.Equal(0, Count(olga, "Просрочена"));

        await bot.AdvanceToAsync(On(bot, 11));
        await maria.SeesAsync("Просрочено на 1 день");
        var escalation = await olga.SeesAsync("Просрочена запись в реестр на 1 день: срок был 03.12");
        Assert.Empty(escalation.AllButtons);
        Assert.Equal(0, Count(ivan, "Просроч"));

        await maria.PressesAsync("✅ Реестр обновлён");
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();
        await maria.SeesAsync("✅ Реестр обновлён: Мария Петрова");
        await bot.AdvanceToAsync(On(bot, 18));

        Assert.Equal(1, Count(maria, "Через 3 дня"));
        Assert.Equal(1, Count(maria, "Завтра срок"));
        Assert.Equal(1, Count(maria, "Просрочено"));
        Assert.Equal(1, Count(olga, "Просрочена"));
        var ofTask = maria.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("№1", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, ofTask.Count);
        Assert.All(ofTask, m => Assert.Empty(m.AllButtons));
        Assert.All(ofTask, m => Assert.Contains("✅ Реестр обновлён: Мария Петрова", m.Text));
        var task = bot.Get<RegistryTaskRepository>().Find(1)!;
        Assert.Equal(maria.Id, task.ClosedById);
        Assert.Equal(On(bot, 11), task.ClosedAt);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_task_closed_on_day_2_never_reminds()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Observer(olga);
        await ivan.ReportsCreatedAsync(date: "сегодня");
        await maria.SeesAsync("Внести в реестр до 03.12");

        await bot.AdvanceToAsync(On(bot, 2));
        await maria.PressesAsync("✅ Реестр обновлён");
        await maria.SeesAsync("✅ Реестр обновлён: Мария Петрова");
        await bot.AdvanceToAsync(On(bot, 7));
        await bot.AdvanceToAsync(On(bot, 10));
        await bot.AdvanceToAsync(On(bot, 12));

        Assert.Equal(0, Count(maria, "⏰"));
        Assert.Equal(0, Count(maria, "Просрочено"));
        Assert.Equal(0, Count(olga, "Просрочена"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task After_the_bot_was_down_from_day_6_to_day_8_the_day_7_reminder_arrives_once()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        await ivan.ReportsCreatedAsync(date: "сегодня");
        await maria.SeesAsync("Внести в реестр до 03.12");
        await bot.AdvanceToAsync(On(bot, 6, "12:00"));

        await bot.StopAsync();
        bot.Clock.SetUtcNow(On(bot, 8, "08:00"));
        await bot.RestartAsync();
        await bot.JobsIdleAsync();
        // Caught up a day late, it says what is true on day 8.
        await maria.SeesAsync("Через 2 дня срок: внести в реестр до 03.12");
        await bot.RestartAsync();
        await bot.AdvanceToAsync(On(bot, 8, "09:00"));

        Assert.Equal(1, Count(maria, "Через 2 дня срок"));
        Assert.Equal(0, Count(maria, "Через 3 дня срок"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Started_on_the_due_date_at_09_58_after_downtime_the_bot_says_today_and_never_tomorrow()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        await ivan.ReportsCreatedAsync(date: "сегодня");
        await maria.SeesAsync("Внести в реестр до 03.12");
        await bot.AdvanceToAsync(On(bot, 7));
        await maria.SeesAsync("Через 3 дня срок");

        // Down from day 8 to the due date: the day-9 «завтра» was missed.
        await bot.StopAsync();
        bot.Clock.SetUtcNow(On(bot, 10, "09:58"));
        await bot.RestartAsync();
        await bot.JobsIdleAsync();
        Assert.Equal(0, Count(maria, "Завтра срок"));
        Assert.Equal(0, Count(maria, "Сегодня последний день"));
        await bot.AdvanceToAsync(On(bot, 10));

        await maria.SeesAsync("Сегодня последний день");
        await bot.AdvanceToAsync(On(bot, 10, "18:00"));
        Assert.Equal(0, Count(maria, "Завтра срок"));
        Assert.Equal(1, Count(maria, "Сегодня последний день"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Two_coordinators_pressing_at_once_record_one_closing_and_both_cards_show_who()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var oleg = bot.NewPerson("Олег", "Второй");
        bot.Seed.Coordinator(oleg);
        await ivan.ReportsCreatedAsync();
        await maria.SeesAsync("Внести в реестр до 30.11");
        await oleg.SeesAsync("Внести в реестр до 30.11");

        var presses = await Task.WhenAll(maria.PressesAsync("✅ Реестр обновлён"), oleg.PressesAsync("✅ Реестр обновлён"));
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();

        var task = bot.Get<RegistryTaskRepository>().Find(1)!;
        var winner = task.ClosedById == maria.Id ? "Мария Петрова" : "Олег Второй";
        Assert.Contains(task.ClosedById!.Value, new[] { maria.Id, oleg.Id });
        var answers = new[] { await maria.WaitForCallbackAnswerAsync(presses[0]), await oleg.WaitForCallbackAnswerAsync(presses[1]) };
        Assert.Single(answers, a => a.StartsWith("Задача закрыта", StringComparison.Ordinal));
        Assert.Single(answers, a => a == $"Уже отмечено: {winner}");
        foreach (var coordinator in new[] { maria, oleg, bot.Admin })
        {
            var card = coordinator.Chat.Messages.Single(m => m.FromBot && m.Text.Contains("Внести в реестр до 30.11", StringComparison.Ordinal));
            Assert.Contains($"✅ Реестр обновлён: {winner}", card.Text);
            Assert.Empty(card.AllButtons);
        }
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_forged_closing_press_from_staff_is_refused_and_the_task_stays_open()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        await ivan.ReportsCreatedAsync();
        await maria.SeesAsync("Внести в реестр до 30.11");

        var press = await ivan.SendsCallbackAsync(ivan.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new CloseTaskButton(1)));

        Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(press));
        Assert.False(bot.Get<RegistryTaskRepository>().Find(1)!.IsClosed);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task In_working_day_mode_the_due_date_skips_weekends_and_holidays()
    {
        await using var world = await RegistryWorld.StartAsync(settings =>
        {
            settings["REGISTRY_DEADLINE_MODE"] = "working";
            settings["HOLIDAYS"] = "04.12.2026";
        });
        var (bot, ivan, maria) = world;

        await ivan.ReportsCreatedAsync(date: "сегодня");

        // From Mon 23.11: 24-27.11, 30.11-03.12 (8), Fri 04.12 off, then 07.12 and 08.12.
        await maria.SeesAsync("Внести в реестр до 08.12");
        bot.Server.AssertNoViolations();
    }
    [Fact]
    public async Task An_event_reported_after_its_deadline_is_overdue_at_once_and_escalated()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var olga = bot.NewPerson("Ольга");
        bot.Seed.Observer(olga);

        await ivan.ReportsCreatedAsync(date: "01.11.2026");
        var card = await maria.SeesAsync("Внести в реестр до 11.11");
        Assert.Contains("Срок уже прошёл", card.Text);

        // The next sweep (every minute) finds it overdue.
        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));

        await maria.SeesAsync("Просрочено на 12 дней");
        await olga.SeesAsync("Просрочена запись в реестр на 12 дней: срок был 11.11");
        await bot.AdvanceToAsync(On(bot, 0, "23:00"));
        Assert.Equal(1, Count(maria, "Просрочено"));
        await bot.AdvanceToAsync(On(bot, 1));
        Assert.Equal(2, Count(maria, "Просрочено"));
        Assert.Equal(2, Count(olga, "Просрочена"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task With_a_coordinators_group_the_task_goes_there_and_only_a_coordinator_can_close_it()
    {
        await using var world = await RegistryWorld.StartAsync(settings => settings["COORDINATORS_CHAT_ID"] = "-1009876543210");
        var (bot, ivan, maria) = world;
        var group = bot.Server.CreateGroup(-1009876543210, "Пресс-служба");

        await ivan.ReportsCreatedAsync();
        var card = await group.Chat.WaitForBotMessageAsync(m => m.Text.Contains("Внести в реестр до 30.11", StringComparison.Ordinal));
        Assert.Equal(0, Count(maria, "Внести в реестр"));

        var forged = await ivan.SendsCallbackInGroupAsync(group, card.MessageId, ButtonCodec.Encode(new CloseTaskButton(1)));
        Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(forged));
        await maria.PressesInGroupAsync(group, "✅ Реестр обновлён");
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();

        Assert.Contains("✅ Реестр обновлён: Мария Петрова", group.Chat.Messages.Single(m => m.MessageId == card.MessageId).Text);
        Assert.Equal(maria.Id, bot.Get<RegistryTaskRepository>().Find(1)!.ClosedById);
        bot.Server.AssertNoViolations();
    }
}
