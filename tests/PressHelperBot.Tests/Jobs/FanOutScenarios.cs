using System.Diagnostics;
using PressHelperBot.Jobs;
using PressHelperBot.Tests.Support;
using Xunit.Abstractions;

namespace PressHelperBot.Tests.Jobs;

public sealed class FanOutScenarios(ITestOutputHelper output)
{
    [Fact]
    public async Task A_reminder_to_300_people_under_Telegrams_limits_gets_no_429_and_reaches_everyone()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var people = Enumerable.Range(0, 300).Select(i => bot.NewPerson("Сотрудник" + i)).ToList();
        var outbox = bot.Get<IOutbox>();

        var clock = Stopwatch.StartNew();
        foreach (var person in people)
        {
            outbox.Send(new OutgoingMessage($"fanout:{person.Id}", person.Id, "Напоминание: в вашем отделе нет новостей на этой неделе."));
        }

        var queued = clock.Elapsed;
        // A guard against a hang, not a speed limit: on a shared 2-core machine at load average 40 the
        // 300 deliveries took over 2 minutes.
        await bot.OutboxIdleAsync(TimeSpan.FromMinutes(6));
        var took = clock.Elapsed;

        // Printed, not asserted: Telegram allows 30 at once and then 30 a second, so 300 need 9 s at least.
        var sends = bot.Server.CallsTo("sendMessage").Where(c => c.StatusCode == 200).Select(c => c.At).Order().ToList();
        output.WriteLine($"300 messages: queued in {queued.TotalSeconds:F1} s, all delivered after {took.TotalSeconds:F1} s; "
            + $"first to last send {(sends[^1] - sends[0]).TotalSeconds:F1} s; floor at 30/s after a burst of 30: 9.0 s (with our burst of 15: 9.5 s); 429 answers: {bot.Server.TooManyRequestsCount}");
        Assert.Equal(0, bot.Server.TooManyRequestsCount);
        Assert.All(people, p => Assert.Single(p.Chat.Messages, m => m.FromBot));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Several_messages_to_one_person_keep_to_the_per_chat_limit()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария");

        for (var i = 0; i < 6; i++)
        {
            bot.Get<IOutbox>().Send(new OutgoingMessage($"card:{i}", maria.Id, $"Карточка {i}"));
        }

        await bot.OutboxIdleAsync();

        Assert.True(bot.Server.TooManyRequestsCount == 0, string.Join("\n", bot.Server.Calls.Select(c => $"{c.At:HH:mm:ss.fff} {c}")));
        Assert.Equal(6, maria.Chat.Messages.Count(m => m.FromBot));
    }

    [Fact]
    public async Task A_single_notification_goes_out_without_waiting_for_a_poll()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s[PressHelperBot.Configuration.JobSettings.JobPollIntervalSecondsKey] = "15");
        await bot.JobsIdleAsync();
        var latencies = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var person = bot.NewPerson("Сотрудник" + i);
            var clock = Stopwatch.StartNew();
            bot.Get<IOutbox>().Send(new OutgoingMessage($"latency:{i}", person.Id, "Ваша новость одобрена"));
            await person.Chat.WaitForBotMessageAsync(_ => true);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        // Printed, not asserted: with a 15 s poll, anything well under it shows the in-process wake-up.
        latencies.Sort();
        output.WriteLine($"Send to arrival, 10 notifications one at a time: median {latencies[5]:F0} ms, max {latencies[^1]:F0} ms");
        Assert.Equal(10, bot.Server.CallsTo("sendMessage").Count(c => c.StatusCode == 200 && c.Parameters["text"]?.ToString() == "Ваша новость одобрена"));
    }
}
