using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Telegram;

public sealed class TelegramFaultScenarios
{
    [Fact]
    public async Task A_reply_refused_with_429_is_sent_again_after_retry_after()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Server.Faults.TooManyRequests("sendMessage", retryAfterSeconds: 1, times: 1);

        await ivan.SendsAsync("/help");
        await ivan.SeesAsync("Это бот пресс-службы");

        Assert.Equal(1, bot.Server.TooManyRequestsCount);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_coordinator_who_blocked_the_bot_does_not_stop_the_request_reaching_the_others()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var away = bot.NewPerson("Пётр", "Заблокировавший");
        var maria = bot.NewPerson("Мария");
        bot.Seed.Coordinator(away);
        bot.Seed.Coordinator(maria);
        bot.Server.Faults.Blocked(away.Id);
        var ivan = bot.NewPerson("Иван");

        await ivan.SendsAsync("/join");
        await ivan.SendsAsync("Иван Петров");
        await ivan.PressesAsync("Отдел культуры");
        await ivan.SeesAsync("Заявка отправлена");
        await maria.SeesAsync("Заявка на вступление");
        await maria.PressesAsync("✅ Одобрить");

        await ivan.SeesAsync("Ваша заявка одобрена");
        bot.Server.AssertNoViolations();
    }
}
