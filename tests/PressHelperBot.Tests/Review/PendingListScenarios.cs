using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Review;

public sealed class PendingListScenarios
{
    [Fact]
    public async Task A_coordinator_finds_waiting_news_in_the_list_and_decides_from_the_card_it_opens()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var first = desk.Submitted("Субботник в парке у реки");
        var second = desk.Submitted("Выставка рисунков в библиотеке");
        await bot.OutboxIdleAsync();

        await desk.Maria.SendsAsync("/start");
        await desk.Maria.PressesAsync("📥 Ждут решения");
        var list = await desk.Maria.SeesAsync("Ждут решения: 2 новости");
        var labels = list.ButtonLabels();
        Assert.Equal([$"№{first.Id} · Отдел культуры · Субботник в парке у реки", $"№{second.Id} · Отдел культуры · Выставка рисунков в библиотеке", "⬅️ Назад"], labels);

        var open = await desk.Maria.PressesAsync(list, labels[0]);
        Assert.Contains("ниже", await desk.Maria.WaitForCallbackAnswerAsync(open));
        await bot.OutboxIdleAsync();
        var cards = desk.Maria.Chat.Messages.Where(m => m.FromBot && m.Text.Contains($"Новость №{first.Id}") && m.AllButtons.Any(b => b.Text == "✅ В план")).ToList();
        Assert.Equal(2, cards.Count);
        await desk.Maria.PressesAsync(cards[^1], "✅ В план");
        await desk.Maria.PressesAsync("чт 26.11");
        await desk.Maria.SeesAsync("Готово: в плане на 26.11.2026");
        await bot.OutboxIdleAsync();
        Assert.Equal(SubmissionStatus.Scheduled, desk.Submissions.Find(first.Id)!.Status);

        // The card opened from the list closed with the others; the old list's button now says why.
        Assert.DoesNotContain(desk.Maria.Chat.Messages, m => m.FromBot && m.Text.Contains($"Новость №{first.Id}") && m.AllButtons.Any(b => b.Text == "✅ В план"));
        var stale = await desk.Maria.PressesAsync(list, labels[0]);
        Assert.Contains("уже принято", await desk.Maria.WaitForCallbackAnswerAsync(stale));
        var refreshed = await desk.Maria.SeesAsync("Ждут решения: 1 новость");
        Assert.Equal([labels[1], "⬅️ Назад"], refreshed.ButtonLabels());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_cannot_open_the_list_even_with_a_forged_button()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Субботник в парке у реки");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SendsAsync("/pending");
        await desk.Ivan.SeesAsync("недоступна");
        await desk.Ivan.SendsAsync("/start");
        var menu = await desk.Ivan.SeesAsync("Главное меню");
        Assert.DoesNotContain("📥 Ждут решения", menu.ButtonLabels());
        var forged = await desk.Ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new ShowPendingButton(submission.Id)));
        Assert.Equal("Это действие вам недоступно", await desk.Ivan.WaitForCallbackAnswerAsync(forged));
        await bot.OutboxIdleAsync();

        Assert.DoesNotContain(desk.Ivan.Chat.Messages, m => m.FromBot && m.AllButtons.Any(b => b.Text == "✅ В план"));
        bot.Server.AssertNoViolations();
    }
}
