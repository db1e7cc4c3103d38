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
        await bot.OutboxIdleAsync(TimeSpan.FromMinutes(2));
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
}
