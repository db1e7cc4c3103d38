using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using PressHelperBot.Tests.Support;
using Xunit.Abstractions;

namespace PressHelperBot.Tests.Quotas;

public sealed class QuotaScheduleScenarios(ITestOutputHelper output)
{
    [Fact]
    public async Task A_changed_cron_replaces_the_schedule_at_the_next_start()
    {
        // The settings of the next start: changed between starts like an edited .env.
        var paceCron = "0 10 * * 3,5";
        await using var bot = await BotUnderTest.StartAsync(
            overrides: services => services.PostConfigure<QuotaSettings>(settings => settings.QuotaPaceCron = paceCron));
        var world = QuotaWorld.Create(bot);
        await bot.AdvanceToAsync(bot.Local("2026-11-24 12:00"));

        paceCron = "0 12 * * 3";
        await bot.RestartAsync();
        Assert.Equal("0 12 * * 3", RecurringCron(bot, "scheduled:quota-pace"));
        await bot.AdvanceToAsync(bot.Local("2026-11-25 11:59"));
        await bot.OutboxIdleAsync();
        Assert.DoesNotContain(world.Ivan.Chat.Messages, m => m.Text.Contains("Норма публикаций:", StringComparison.Ordinal));

        await bot.AdvanceToAsync(bot.Local("2026-11-25 12:00"));
        await world.Ivan.SeesAsync("Норма публикаций: Отдел культуры");
    }

    [Fact]
    public async Task A_reminder_fans_out_to_300_staff_without_a_single_429()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var education = bot.Department("Отдел образования", 1);
        var staff = Enumerable.Range(1, 300).Select(i => bot.NewPerson("Сотрудник", $"Номер {i}")).ToList();
        foreach (var person in staff)
        {
            bot.Seed.Staff(person, education);
        }
        await bot.AdvanceToAsync(bot.Local("2026-11-25 09:59"));

        // Queuing 300 messages takes the job a while on a busy machine: wait longer than the default.
        var watch = Stopwatch.StartNew();
        bot.Clock.SetUtcNow(bot.Local("2026-11-25 10:00"));
        await bot.JobsIdleAsync(TimeSpan.FromMinutes(3));
        watch.Stop();

        Assert.Equal(0, bot.Server.TooManyRequestsCount);
        Assert.All(staff, person => Assert.Single(person.Chat.Messages, m => m.FromBot && m.Text.Contains("Норма публикаций: Отдел образования", StringComparison.Ordinal)));
        bot.Server.AssertNoViolations();

        // Reported, not asserted: wall-clock time depends on the machine.
        output.WriteLine($"300 reminders + summaries delivered in {watch.Elapsed.TotalSeconds:F1} s; the limit of 30 messages/s allows 10.0 s at best.");
    }

    private static string? RecurringCron(BotUnderTest bot, string id)
    {
        using var connection = bot.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == id)?.Cron;
    }
}
