using System.Text.Json.Nodes;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Telegram;

// An update Telegram.Bot cannot read (here a forward_origin of a type newer than the library) must
// not stop the bot: it is parked for the admin, its sender is told, and the updates around it are
// answered.
public sealed class UnreadableUpdateScenarios
{
    private const string StoryText = "Перешлю историю про субботник у школы №2";

    private static void ForwardedFromAFutureStory(JsonObject message) =>
        message["forward_origin"] = new JsonObject
        {
            ["type"] = "story_2099",
            ["date"] = 1_790_000_000,
            ["story"] = new JsonObject { ["id"] = 7, ["chat"] = new JsonObject { ["id"] = -100777, ["type"] = "channel" } },
        };

    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task An_unreadable_message_among_good_ones_is_parked_and_skipped_and_the_good_ones_are_answered(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
        var department = bot.Seed.Department();
        var ivan = bot.NewPerson("Иван", "Петров");
        var olga = bot.NewPerson("Ольга", "Смирнова");
        bot.Seed.Staff(ivan, department);
        bot.Seed.Staff(olga, department);

        await ivan.SendsAsync("/help");
        var unreadable = await ivan.SendsAsync(StoryText, ForwardedFromAFutureStory);
        await olga.SendsAsync("/help");
        await ivan.SendsAsync("/start");

        await olga.SeesAsync("Вы — сотрудник");
        await ivan.SeesAsync("Главное меню");
        await ivan.SeesAsync("Не получилось прочитать ваше сообщение");
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();
        Assert.Contains(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("Вы — сотрудник", StringComparison.Ordinal));

        var parked = Assert.Single(bot.Get<ParkedUpdates>().Newest(10));
        Assert.Equal((int)unreadable, parked.UpdateId);
        Assert.Equal("message", parked.Kind);
        Assert.Equal("JsonException at $.message.forward_origin", parked.Error);
        Assert.Equal(ivan.Id, parked.FromId);
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"Update {unreadable} (message) could not be read (JsonException", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("субботник", StringComparison.Ordinal) || l.Contains("story_2099", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_admin_sees_what_was_skipped_in_the_menu_and_with_parked_and_clears_the_list()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");
        Assert.DoesNotContain(menu.ButtonLabels(), l => l.StartsWith("⚠️", StringComparison.Ordinal));

        await ivan.SendsAsync(StoryText, ForwardedFromAFutureStory);
        await ivan.SeesAsync("Не получилось прочитать ваше сообщение");
        await admin.SendsAsync("/start");
        await admin.SeesButtonAsync("⚠️ Не прочитано ботом: 1");
        await admin.PressesAsync("⚠️ Не прочитано ботом: 1");
        var list = await admin.SeesAsync("Бот не смог прочитать 1 сообщение и пропустил его");
        Assert.Contains("23.11.2026 09:00 — сообщение, отправитель: Иван Петров", list.Text, StringComparison.Ordinal);
        Assert.Contains("JsonException at $.message.forward_origin", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("субботник", list.Text, StringComparison.Ordinal);

        await admin.PressesAsync("🧹 Очистить список");
        await admin.SeesAsync("пропущенных нет");
        await admin.SendsAsync("/parked");
        await admin.SeesAsync("пропущенных нет");
        Assert.Equal(0, bot.Get<ParkedUpdates>().Count());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_cannot_open_the_list_of_parked_updates()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        await ivan.SendsAsync("/parked");

        await ivan.SeesAsync("Эта команда вам недоступна");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_unreadable_update_sent_again_after_a_restart_is_parked_and_answered_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        var unreadable = await ivan.SendsAsync(StoryText, ForwardedFromAFutureStory);
        await ivan.SeesAsync("Не получилось прочитать ваше сообщение");
        await bot.SettledAsync();

        await bot.RestartAsync();
        bot.Server.Redeliver(unreadable);
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();

        Assert.Equal(1, bot.Get<ParkedUpdates>().Count());
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("Не получилось прочитать", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }
}
