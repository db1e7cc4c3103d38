using FakeTelegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Help;

public sealed class HelpScenarios
{
    public enum Role
    {
        Staff,
        Coordinator,
        Observer,
        Admin,
    }

    // The command menu is built from the features; the help text is written by hand. This keeps
    // the two in step: every command a role sees in its menu is explained in its /help.
    [Theory]
    [InlineData(Role.Staff)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Observer)]
    [InlineData(Role.Admin)]
    public async Task Help_explains_every_command_in_the_role_s_menu(Role role)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var department = bot.Seed.Department();
        var person = role == Role.Admin ? bot.Admin : bot.NewPerson("Мария");
        _ = role switch
        {
            Role.Staff => bot.Seed.Staff(person, department),
            Role.Coordinator => bot.Seed.Coordinator(person),
            Role.Observer => bot.Seed.Observer(person),
            _ => null,
        };

        await person.SendsAsync("/start");
        await person.SeesAsync("Главное меню");
        await bot.SettledAsync();
        var commands = bot.Server.CommandsFor(person.Id).Select(c => c.Command).ToList();

        await person.SendsAsync("/help");
        var help = await person.Chat.WaitForBotMessageAsync(m => m.Text.Contains("/cancel", StringComparison.Ordinal));

        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.Contains("/" + command, help.Text, StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }
}
