using Telegram.Bot;

namespace FakeTelegram.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Many_people_and_a_bot_acting_at_once_keep_every_chat_consistent()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.Disable();
        var bot = Clients.For(server);
        var people = Enumerable.Range(1, 20).Select(i => server.CreateUser(2000 + i, $"Человек {i}")).ToList();

        await Task.WhenAll(people.Select(async person =>
        {
            for (var i = 0; i < 5; i++)
            {
                await person.SendsAsync($"вопрос {i}");
                await bot.SendMessage(person.Id, $"ответ {i}");
            }
        }));
        var updates = await bot.GetUpdates();

        Assert.Equal(100, updates.Length);
        Assert.Equal(updates.Select(u => u.Id).Order(), updates.Select(u => u.Id));
        Assert.All(people, person =>
        {
            Assert.Equal(Enumerable.Range(1, 10), person.Chat.Messages.Select(m => m.MessageId));
            Assert.Equal(5, person.Chat.Messages.Count(m => m.FromBot));
        });
        server.AssertNoViolations();
    }
}
