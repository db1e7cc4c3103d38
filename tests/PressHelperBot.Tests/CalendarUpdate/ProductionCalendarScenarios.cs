using PressHelperBot.Tests.Quotas;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.CalendarUpdate;

// The built-in production calendar as people meet it: the pace of a week with a working Saturday,
// and the admins' reminder to update the bot when next year's calendar is missing.
public sealed class ProductionCalendarScenarios
{
    [Fact]
    public async Task In_a_week_with_a_working_saturday_the_pace_checks_count_the_saturday_as_a_day_left()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Department("Отдел культуры", 2);
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, culture);
        var olga = bot.NewPerson("Ольга", "Координатова");
        bot.Seed.Coordinator(olga);
        bot.Planned(culture, "2027-02-18");

        // Saturday 20.02.2027 is worked (decree № 1187), Monday 22 and Tuesday 23 are off.
        await bot.AdvanceToAsync(bot.Local("2027-02-17 09:59"));
        await bot.OutboxIdleAsync();
        Assert.Equal(0, ivan.BotMessageCount());
        await bot.AdvanceToAsync(bot.Local("2027-02-17 10:00"));
        var wednesday = await ivan.SeesAsync("Норма публикаций: Отдел культуры");
        Assert.Contains("опубликовано 0 из 2, в плане ещё 1 на оставшиеся дни — не хватает 1", wednesday.Text, StringComparison.Ordinal);
        Assert.Contains("До конца недели 4 рабочих дня.", wednesday.Text, StringComparison.Ordinal);
        await olga.SeesAsync("До конца недели 4 рабочих дня.");

        await bot.AdvanceToAsync(bot.Local("2027-02-19 10:00"));
        await bot.OutboxIdleAsync();
        var friday = ivan.Chat.Messages.Last(m => m.FromBot && m.Text.Contains("Норма публикаций", StringComparison.Ordinal));
        Assert.Contains("До конца недели 2 рабочих дня.", friday.Text, StringComparison.Ordinal);
        Assert.Equal(2, ivan.BotMessageCount());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task In_december_without_next_years_calendar_each_admin_is_asked_once_to_update_the_bot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var second = bot.NewPerson("Борис", "Второй");
        bot.Seed.Admin(second);

        // December 2026: the calendar for 2027 is built in, nobody is asked.
        await bot.AdvanceToAsync(bot.Local("2026-12-01 11:00"));
        await bot.OutboxIdleAsync();
        Assert.DoesNotContain(bot.Admin.Chat.Messages, m => m.Text.Contains("производственного календаря", StringComparison.Ordinal));

        // 1 December 2027 is a Wednesday: asked at the start of working hours, not at midnight.
        await bot.AdvanceToAsync(bot.Local("2027-12-01 08:59"));
        await bot.OutboxIdleAsync();
        Assert.DoesNotContain(bot.Admin.Chat.Messages, m => m.Text.Contains("производственного календаря", StringComparison.Ordinal));
        await bot.AdvanceToAsync(bot.Local("2027-12-01 09:00"));
        var asked = await bot.Admin.SeesAsync("В боте нет производственного календаря на 2028 год (есть по 2027 год включительно)");
        Assert.Contains("HOLIDAYS", asked.Text, StringComparison.Ordinal);
        await second.SeesAsync("производственного календаря на 2028 год");

        await bot.RestartAsync();
        await bot.AdvanceToAsync(bot.Local("2027-12-02 10:00"));
        await bot.AdvanceToAsync(bot.Local("2027-12-20 10:00"));
        await bot.OutboxIdleAsync();
        Assert.Single(bot.Admin.Chat.Messages, m => m.Text.Contains("производственного календаря", StringComparison.Ordinal));
        Assert.Single(second.Chat.Messages, m => m.Text.Contains("производственного календаря", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }
}
