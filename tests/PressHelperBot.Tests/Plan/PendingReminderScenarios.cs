using FakeTelegram;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Plan;

// A submission sent on Monday 23.11.2026 at 09:00 Moscow and left undecided. Working hours are
// 09:00-18:00 on working days, so 8 working hours pass at 17:00 the same day and 24 on Wednesday at 15:00.
public sealed class PendingReminderScenarios
{
    private static DateTimeOffset Moscow(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(3));

    // Other features' scheduled jobs (the quota report with its chart) stay out of these scenarios.
    private static void OnlyReminders(Dictionary<string, string?> settings)
    {
        settings[QuotaSettings.QuotaPaceCronKey] = "0 9 1 1 *";
        settings[QuotaSettings.QuotaReportCronKey] = "0 9 1 1 *";
    }

    private static int Reminders(FakeUser user, string mark) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(mark, StringComparison.Ordinal));

    [Fact]
    public async Task Coordinators_are_reminded_once_a_day_after_eight_working_hours_and_admins_after_twenty_four_across_a_restart()
    {
        await using var bot = await BotUnderTest.StartAsync(OnlyReminders);
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        var item = bot.Pending(author, culture, "Субботник в парке <b>&</b>");

        await bot.AdvanceToAsync(Moscow(23, 16, 59));
        Assert.Equal(0, Reminders(maria, "⏰"));

        await bot.AdvanceToAsync(Moscow(23, 17, 0));
        var first = await maria.SeesAsync("⏰ Новость ждёт решения 8 рабочих часов");
        Assert.Contains("Отдел культуры · Ольга Сидорова · отправлена 23.11 09:00\n«Субботник в парке <b>&</b>»", first.Text);
        Assert.Contains("✅ В план", first.ButtonLabels());
        await bot.Admin.SeesAsync("⏰ Новость ждёт решения 8 рабочих часов");

        await bot.AdvanceToAsync(Moscow(23, 17, 45));
        await bot.RestartAsync();
        await bot.AdvanceToAsync(Moscow(23, 23, 0));
        Assert.Equal(1, Reminders(maria, "⏰"));

        await bot.AdvanceToAsync(Moscow(24, 9, 0));
        await maria.SeesAsync("⏰ Новость ждёт решения 9 рабочих часов");
        await bot.AdvanceToAsync(Moscow(24, 12, 0));
        Assert.Equal(2, Reminders(maria, "⏰"));

        await bot.AdvanceToAsync(Moscow(25, 9, 0));
        await bot.AdvanceToAsync(Moscow(25, 15, 0));
        await bot.Admin.SeesAsync("🔺 Новость без решения уже 24 рабочих часа (порог для администраторов — 24 рабочих часа)");
        Assert.Equal(3, Reminders(maria, "⏰"));
        Assert.Equal(0, Reminders(maria, "🔺"));
        Assert.Equal(0, Reminders(author, "⏰"));

        // Thursday: both limits are behind; the admin gets the escalation only, not both.
        var adminBefore = Reminders(bot.Admin, "⏰");
        await bot.AdvanceToAsync(Moscow(26, 9, 0));
        await maria.SeesAsync("⏰ Новость ждёт решения 27 рабочих часов");
        await bot.Admin.SeesAsync("🔺 Новость без решения уже 27 рабочих часов");
        Assert.Equal(adminBefore, Reminders(bot.Admin, "⏰"));

        // Decided: no more reminders.
        var stored = bot.Stored(item);
        stored.Schedule(maria.Id, new DateOnly(2026, 11, 27), bot.Clock.GetUtcNow(), bot.Get<OrgCalendar>());
        Assert.True(bot.Get<SubmissionRepository>().TrySave(stored));
        await bot.AdvanceToAsync(Moscow(27, 9, 0));
        Assert.Equal(4, Reminders(maria, "⏰"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Nothing_is_reminded_at_night_or_at_the_weekend_and_the_limits_come_from_the_settings()
    {
        await using var bot = await BotUnderTest.StartAsync(settings =>
        {
            OnlyReminders(settings);
            settings[ReviewSettings.PendingRemindAfterWorkingHoursKey] = "2";
            settings[ReviewSettings.PendingEscalateAfterWorkingHoursKey] = "3";
        });
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        await bot.AdvanceToAsync(Moscow(27, 16, 30));
        bot.Pending(author, culture, "Ярмарка выходного дня");

        await bot.AdvanceToAsync(Moscow(27, 17, 59));
        Assert.Equal(0, Reminders(maria, "⏰"));
        await bot.AdvanceToAsync(Moscow(28, 11, 0));
        await bot.AdvanceToAsync(Moscow(29, 11, 0));
        Assert.Equal(0, Reminders(maria, "⏰"));

        await bot.AdvanceToAsync(Moscow(30, 9, 30));
        await maria.SeesAsync("⏰ Новость ждёт решения 2 рабочих часа");
        await bot.AdvanceToAsync(Moscow(30, 10, 30));
        await bot.Admin.SeesAsync("🔺 Новость без решения уже 3 рабочих часа");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task With_a_coordinators_group_the_reminder_goes_to_the_group_once_and_the_escalation_to_each_admin()
    {
        const long group = -1009876543210;
        await using var bot = await BotUnderTest.StartAsync(settings =>
        {
            OnlyReminders(settings);
            settings[ReviewSettings.CoordinatorsChatIdKey] = group.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var coordinators = bot.Server.CreateGroup(group, "Координаторы");
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        bot.Pending(author, culture, "Ярмарка выходного дня");

        await bot.AdvanceToAsync(Moscow(23, 17, 0));
        await bot.AdvanceToAsync(Moscow(26, 9, 0));

        Assert.Equal(2, coordinators.Chat.Messages.Count(m => m.Text.Contains("⏰ Новость ждёт решения", StringComparison.Ordinal)));
        Assert.Equal(0, Reminders(maria, "⏰"));
        Assert.Equal(1, Reminders(bot.Admin, "🔺"));
        bot.Server.AssertNoViolations();
    }

    [Theory]
    [InlineData(ReviewSettings.PendingRemindAfterWorkingHoursKey, "восемь", "PENDING_REMIND_AFTER_WORKING_HOURS is 'восемь'")]
    [InlineData(ReviewSettings.PendingEscalateAfterWorkingHoursKey, "0", "PENDING_ESCALATE_AFTER_WORKING_HOURS is '0'")]
    [InlineData(ReviewSettings.PendingEscalateAfterWorkingHoursKey, "8", "PENDING_ESCALATE_AFTER_WORKING_HOURS (8) must be larger than PENDING_REMIND_AFTER_WORKING_HOURS (8)")]
    public void A_wrong_limit_stops_the_start_with_its_fix(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [key] = value,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();

        Assert.StartsWith("Configuration error: " + expected, BotHost.SettingsProblem(host.Services));
    }
}
