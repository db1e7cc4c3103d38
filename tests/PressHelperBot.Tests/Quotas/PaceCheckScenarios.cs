using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Quotas;

// Wednesday 25.11.2026 10:00 Moscow is the first pace check after the harness's Monday 09:00.
public sealed class PaceCheckScenarios
{
    private const string Reminder = "⏰ Норма публикаций:";
    private const string Summary = "Норма публикаций: как идёт неделя";

    [Fact]
    public async Task At_Wednesday_10_00_only_the_staff_of_departments_behind_are_reminded_and_coordinators_get_one_summary()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        bot.Department("Отдел без людей", 1);

        await bot.AdvanceToAsync(bot.Local("2026-11-25 09:59"));
        Assert.DoesNotContain(world.Everyone, p => RemindersIn(p) > 0);

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        var reminder = await world.Ivan.SeesAsync("Норма публикаций: Отдел культуры");
        Assert.Contains("опубликовано 1 из 2, в плане ещё 0 на оставшиеся дни — не хватает 1.", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("До конца недели 3 рабочих дня.", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["📣 Мы опубликовали", "📝 Предложить новость"], reminder.ButtonLabels());
        await world.Maria.SeesAsync("Норма публикаций: Отдел культуры");
        var summary = await world.Olga.SeesAsync(Summary);
        Assert.Contains("Организация: опубликовано 1 из 5, в плане ещё 1 на оставшиеся дни — не хватает 3.", summary.Text, StringComparison.Ordinal);
        Assert.Contains("• Отдел культуры — опубликовано 1 из 2, в плане ещё 0 на оставшиеся дни\n", summary.Text, StringComparison.Ordinal);
        Assert.Contains("• Отдел без людей — опубликовано 0 из 1, в плане ещё 0 на оставшиеся дни (в боте нет сотрудников этого отдела)", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Отдел спорта", summary.Text, StringComparison.Ordinal);
        await bot.Admin.SeesAsync(Summary);

        await bot.OutboxIdleAsync();
        Assert.Equal(0, RemindersIn(world.Petr));
        Assert.Equal(0, RemindersIn(world.Zero));
        Assert.Equal(0, RemindersIn(world.Blocked));
        Assert.Equal(0, world.Olga.Chat.Messages.Count(m => m.Text.Contains(Reminder, StringComparison.Ordinal)));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_reminder_button_starts_sending_news()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        await world.Ivan.SeesAsync("Норма публикаций: Отдел культуры");
        await world.Ivan.PressesAsync("📝 Предложить новость");

        // The submission flow takes over: with one department it asks for the text.
        await world.Ivan.Chat.WaitForBotMessageAsync(m => m.Text.Contains("текст", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("sub", bot.Get<PressHelperBot.Persistence.ConversationStore>().Find(world.Ivan.Id)?.Feature);
    }

    [Fact]
    public async Task A_check_that_runs_again_after_a_retry_or_a_restart_sends_nothing_new()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        var wednesday = bot.Local("2026-11-25 10:00");
        await bot.AdvanceToAsync(wednesday);
        await bot.OutboxIdleAsync();
        var before = bot.Server.Calls.Count(c => c.Method == "sendMessage");

        // A retry of the same occurrence, e.g. after a crash mid-fan-out.
        using (var scope = bot.Services.CreateScope())
        {
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Id == "quota-pace");
            await job.RunAsync(wednesday, CancellationToken.None);
        }
        await bot.RestartAsync();
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));
        await bot.OutboxIdleAsync();

        Assert.Equal(before, bot.Server.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(1, RemindersIn(world.Ivan));
        Assert.Equal(1, world.Olga.Chat.Messages.Count(m => m.Text.Contains(Summary, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_runs_of_the_same_occurrence_at_once_send_each_reminder_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        var wednesday = bot.Local("2026-11-25 10:00");
        await bot.AdvanceToAsync(bot.Local("2026-11-25 09:59"));
        bot.Clock.SetUtcNow(wednesday);

        // Two instances (or a retry overlapping the first run) racing on the same occurrence.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var scope = bot.Services.CreateScope();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Id == "quota-pace");
            await job.RunAsync(wednesday, CancellationToken.None);
        })));
        await bot.JobsIdleAsync();

        Assert.Equal(1, RemindersIn(world.Ivan));
        Assert.Equal(1, RemindersIn(world.Maria));
        Assert.Equal(1, world.Olga.Chat.Messages.Count(m => m.Text.Contains(Summary, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task In_Vladivostok_the_check_runs_at_10_00_local_time_and_counts_the_local_week()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s["TIME_ZONE"] = "Asia/Vladivostok");
        var world = QuotaWorld.Create(bot);
        var sport = bot.Get<PressHelperBot.Persistence.DepartmentRepository>().All().Single(d => d.Name == "Отдел спорта");
        bot.Planned(sport, "2026-11-29");

        await bot.AdvanceToAsync(bot.Local("2026-11-25 09:59"));
        await bot.OutboxIdleAsync();
        Assert.Equal(0, RemindersIn(world.Ivan));

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        await world.Ivan.SeesAsync("Норма публикаций: Отдел культуры");
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), bot.Clock.GetUtcNow());
        var summary = await world.Olga.SeesAsync(Summary);
        Assert.Contains("Организация: опубликовано 1 из 5, в плане ещё 2 на оставшиеся дни", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_missed_while_the_bot_was_down_runs_once_after_the_start()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        await bot.AdvanceToAsync(bot.Local("2026-11-25 09:00"));
        var eleven = bot.Local("2026-11-25 11:00");

        await bot.StopAsync();
        bot.Clock.SetUtcNow(eleven);
        await bot.RestartAsync();
        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));
        await bot.OutboxIdleAsync();

        Assert.Equal(1, RemindersIn(world.Ivan));
        Assert.Equal(1, RemindersIn(world.Maria));
        Assert.Equal(1, world.Olga.Chat.Messages.Count(m => m.Text.Contains(Summary, StringComparison.Ordinal)));

        // Friday's occurrence is a check of its own.
        await bot.AdvanceToAsync(bot.Local("2026-11-27 10:00"));
        await bot.OutboxIdleAsync();
        Assert.Equal(2, RemindersIn(world.Ivan));
        Assert.Contains("До конца недели 1 рабочий день.", world.Ivan.Chat.Messages.Last(m => m.FromBot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_changed_in_the_chat_is_used_by_the_next_check()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        await bot.AdvanceToAsync(bot.Local("2026-11-24 12:00"));

        await world.Olga.SendsAsync("/quota");
        await world.Olga.PressesAsync("🎯 Изменить нормы");
        await world.Olga.PressesAsync("Отдел спорта — 1");
        await world.Olga.SeesAsync("Напишите новое число");
        await world.Olga.SendsAsync("3");
        await world.Olga.SeesAsync("Отдел спорта: норма — 3 публикации в неделю.");
        await world.Olga.PressesAsync("Отдел культуры — 2");
        await world.Olga.SendsAsync("0");
        await world.Olga.SeesAsync("Напоминаний о норме не будет.");

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));
        var reminder = await world.Petr.SeesAsync("Норма публикаций: Отдел спорта");
        Assert.Contains("опубликовано 0 из 3, в плане ещё 1 на оставшиеся дни — не хватает 2", reminder.Text, StringComparison.Ordinal);
        await bot.OutboxIdleAsync();
        Assert.Equal(0, RemindersIn(world.Ivan));
    }

    [Fact]
    public async Task In_a_week_that_is_all_holidays_nobody_is_reminded()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s["HOLIDAYS"] = "23.11.2026,24.11.2026,25.11.2026,26.11.2026,27.11.2026");
        var world = QuotaWorld.Create(bot);

        await bot.AdvanceToAsync(bot.Local("2026-11-27 12:00"));
        await bot.OutboxIdleAsync();

        Assert.All(world.Everyone.Append(bot.Admin), p => Assert.DoesNotContain(p.Chat.Messages, m => m.Text.Contains(Reminder, StringComparison.Ordinal) || m.Text.Contains(Summary, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_holiday_shortens_the_days_left_in_the_reminder()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s["HOLIDAYS"] = "26.11.2026");
        var world = QuotaWorld.Create(bot);

        await bot.AdvanceToAsync(bot.Local("2026-11-25 10:00"));

        var reminder = await world.Ivan.SeesAsync("Норма публикаций: Отдел культуры");
        Assert.Contains("До конца недели 2 рабочих дня.", reminder.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QUOTA_PACE_CRON", "каждую среду")]
    [InlineData("QUOTA_REPORT_CRON", "0 9 * * 8")]
    [InlineData("QUOTA_REPORT_CRON", "0 25 * * 1")]
    public async Task A_bad_cron_stops_the_start_with_one_line_naming_the_setting(string key, string value)
    {
        var problem = await MisconfiguredStart(s => s[key] = value);

        Assert.NotNull(problem);
        Assert.Contains($"{key} is '{value}'", problem, StringComparison.Ordinal);
        Assert.Contains("five-field cron", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    private static async Task<string?> MisconfiguredStart(Action<Dictionary<string, string?>> configure)
    {
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramOptions());
        using var folder = new TempDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["BOT_TOKEN"] = server.Token,
            ["TELEGRAM_API_URL"] = server.BaseUrl,
            ["DATABASE_PATH"] = folder.FilePath,
        };
        configure(settings);
        using var host = BotHost.CreateBuilder([], settings).Build();
        return BotHost.SettingsProblem(host.Services);
    }

    private static int RemindersIn(FakeUser user) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(Reminder, StringComparison.Ordinal));
}
