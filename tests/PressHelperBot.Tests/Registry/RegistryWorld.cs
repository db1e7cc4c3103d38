using FakeTelegram;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// The usual cast of a registry scenario: the department "Школа №2", Иван Петров on its staff and
// the coordinator Мария Петрова (the admin of the harness coordinates too).
internal sealed class RegistryWorld : IAsyncDisposable
{
    private RegistryWorld(BotUnderTest bot)
    {
        Bot = bot;
        School = bot.Seed.Department("Школа №2");
        Ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(Ivan, School);
        Maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(Maria);
    }

    public BotUnderTest Bot { get; }

    public Department School { get; }

    public FakeUser Ivan { get; }

    public FakeUser Maria { get; }

    public static async Task<RegistryWorld> StartAsync(Action<Dictionary<string, string?>>? configure = null) =>
        new(await RegistryChat.StartAsync(configure));

    public void Deconstruct(out BotUnderTest bot, out FakeUser ivan, out FakeUser maria)
    {
        bot = Bot;
        ivan = Ivan;
        maria = Maria;
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
