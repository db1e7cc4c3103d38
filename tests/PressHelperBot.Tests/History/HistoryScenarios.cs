using PressHelperBot.Features.History;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.History;

// «📜 История»: who did what and when, with every comment, for coordinators on the card and for the
// author in «Мои новости»; the card of a new version repeats the earlier comments in short.
public sealed class HistoryScenarios
{
    [Fact]
    public async Task A_sent_back_item_shows_the_earlier_comment_on_its_new_card_and_in_its_history()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("В школе прошёл день открытых дверей");
        var first = await desk.CardAsync(desk.Maria, submission);
        Assert.Equal("📜 История", first.ButtonLabels()[^1]);
        Assert.DoesNotContain("Прежние комментарии", first.Text);

        await bot.AdvanceAsync(TimeSpan.FromMinutes(30));
        await desk.Maria.PressesAsync(first, "✏️ На доработку");
        await desk.Maria.SendsAsync("Добавьте номер школы и время, когда приходить родителям");
        await desk.Maria.SeesAsync("Готово: отправлено автору на доработку");
        await bot.OutboxIdleAsync();

        await bot.AdvanceAsync(TimeSpan.FromMinutes(45));
        await desk.Ivan.PressesAsync("✏️ Исправить");
        await desk.Ivan.SendsAsync("В школе № 2 прошёл день открытых дверей");
        var preview = await desk.Ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Прежние комментарии координаторов:\n• 23.11, Мария Первая: Добавьте номер школы", preview.Text);
        await desk.Ivan.PressesAsync("📤 Отправить");
        await desk.Ivan.SeesAsync("Исправленная новость №1 отправлена");

        var card = await desk.CardAsync(desk.Oleg, desk.Only());
        Assert.Contains("(версия 2)", card.Text);
        Assert.Contains("💬 Прежние комментарии координаторов:\n• 23.11, Мария Первая: Добавьте номер школы и время, когда приходить родителям", card.Text);

        await desk.Oleg.PressesAsync(card, "📜 История");
        var history = await desk.Oleg.SeesAsync("История новости №1");
        Assert.Contains("Сейчас: на рассмотрении.", history.Text);
        var lines = history.Text.Split('\n');
        Assert.Contains("23.11.2026 09:00 — отправлена координатору · Иван Петров", lines);
        Assert.Contains("23.11.2026 09:30 — возвращена на доработку · Мария Первая", lines);
        Assert.Contains("💬 Добавьте номер школы и время, когда приходить родителям", lines);
        Assert.Contains("23.11.2026 10:15 — текст исправлен, версия 2 · Иван Петров", lines);
        Assert.Contains("23.11.2026 10:15 — отправлена снова · Иван Петров", lines);

        await desk.Oleg.PressesAsync(card, "✅ В план");
        await desk.Oleg.PressesAsync("пт 27.11");
        await desk.Oleg.SeesAsync("Готово: в плане на 27.11.2026");
        await bot.OutboxIdleAsync();
        var closed = desk.Maria.Chat.Messages.Last(m => m.FromBot && m.Text.Contains("Новость №1", StringComparison.Ordinal) && m.Text.Contains("✅ В план на", StringComparison.Ordinal));
        Assert.Equal(["📜 История"], closed.ButtonLabels());

        // The author reads the same story, with the decision, from «Мои новости».
        await desk.Ivan.SendsAsync("/my");
        await desk.Ivan.PressesAsync("№1 · в плане");
        await desk.Ivan.PressesAsync("📜 История");
        var mine = await desk.Ivan.SeesAsync("История новости №1");
        Assert.Contains("💬 Добавьте номер школы и время, когда приходить родителям", mine.Text);
        Assert.Contains("— поставлена в план на 27.11.2026 · Олег Второй", mine.Text);
        await desk.Ivan.PressesAsync("« К новости");
        await desk.Ivan.SeesAsync("Новость №1 — в плане");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Only_coordinators_read_a_cards_history_and_only_the_author_reads_it_from_their_news()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Ярмарка выходного дня");
        var petr = bot.NewPerson("Пётр", "Сидоров");
        bot.Seed.Staff(petr, desk.Culture);
        await petr.SendsAsync("/start");
        var menu = await petr.SeesAsync("Главное меню");

        var asCard = await petr.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new CardHistoryButton(submission.Id)));
        Assert.Equal("Это действие вам недоступно", await petr.WaitForCallbackAnswerAsync(asCard));
        var asAuthor = await petr.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new MyHistoryButton(submission.Id)));
        Assert.Equal("Кнопка устарела", await petr.WaitForCallbackAnswerAsync(asAuthor));
        var missing = await desk.Maria.SendsCallbackAsync((await desk.CardAsync(desk.Maria, submission)).MessageId, ButtonCodec.Encode(new CardHistoryButton(999)));
        Assert.Equal("Кнопка устарела", await desk.Maria.WaitForCallbackAnswerAsync(missing));
        Assert.DoesNotContain(petr.Chat.Messages, m => m.Text.Contains("История новости", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }
}
