using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Review;

public sealed class RaceScenarios
{
    private const int Runs = 10;

    [Fact]
    public async Task Two_coordinators_pressing_a_date_at_the_same_instant_make_one_decision_and_the_other_learns_who_was_first()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var names = new Dictionary<long, string> { [desk.Maria.Id] = "Мария Первая", [desk.Oleg.Id] = "Олег Второй" };

        for (var run = 0; run < Runs; run++)
        {
            var submission = desk.Submitted($"Новость номер {run}");
            var mariaCard = await desk.CardAsync(desk.Maria, submission);
            var olegCard = await desk.CardAsync(desk.Oleg, submission);
            await Task.WhenAll(desk.Maria.PressesAsync(mariaCard, "✅ В план"), desk.Oleg.PressesAsync(olegCard, "✅ В план"));
            var mariaPicker = await desk.Maria.SeesAsync($"Новость №{submission.Id}");
            var olegPicker = await desk.Oleg.SeesAsync($"Новость №{submission.Id}");

            var presses = await Task.WhenAll(desk.Maria.PressesAsync(mariaPicker, "чт 26.11"), desk.Oleg.PressesAsync(olegPicker, "чт 26.11"));
            var answers = new[]
            {
                await desk.Maria.WaitForCallbackAnswerAsync(presses[0]),
                await desk.Oleg.WaitForCallbackAnswerAsync(presses[1]),
            };

            var stored = desk.Submissions.Find(submission.Id)!;
            Assert.Equal(SubmissionStatus.Scheduled, stored.Status);
            Assert.Single(stored.History, h => h.Action == SubmissionAction.Schedule);
            var winner = names[stored.LastDecision!.ById];
            Assert.Single(answers, a => a == "Готово: в плане на 26.11.2026.");
            Assert.Single(answers, a => a == $"Уже решено: в план на 26.11.2026 — {winner}.");
        }

        await bot.OutboxIdleAsync();
        for (var run = 0; run < Runs; run++)
        {
            Assert.Single(desk.Ivan.Chat.Messages, m => m.FromBot && m.Text.Contains($"№{run + 1} «Новость номер {run}» принята"));
        }
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_forged_approve_from_a_staff_member_is_refused_and_changes_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Новость для подделки");
        await desk.CardAsync(desk.Maria, submission);
        await desk.Ivan.SendsAsync("/start");
        var menu = await desk.Ivan.SeesAsync("Главное меню");

        var openPicker = await desk.Ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new AskButton(submission.Id, 1, ReviewQuestion.Date)));
        var decide = await desk.Ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new ScheduleOnButton(submission.Id, 1, new DateOnly(2026, 11, 26))));
        var reject = await desk.Ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new RejectForButton(submission.Id, 1, 1)));

        Assert.Equal("Это действие вам недоступно", await desk.Ivan.WaitForCallbackAnswerAsync(openPicker));
        Assert.Equal("Это действие вам недоступно", await desk.Ivan.WaitForCallbackAnswerAsync(decide));
        Assert.Equal("Это действие вам недоступно", await desk.Ivan.WaitForCallbackAnswerAsync(reject));
        Assert.Equal(SubmissionStatus.Submitted, desk.Submissions.Find(submission.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Presses_on_decided_withdrawn_or_superseded_cards_change_nothing_and_say_why()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var decided = desk.Submitted("Уже решённая");
        var withdrawn = desk.Submitted("Отозванная");
        var olegCard = await desk.CardAsync(desk.Oleg, decided);
        await desk.CardAsync(desk.Oleg, withdrawn);

        await desk.Maria.PressesAsync(await desk.CardAsync(desk.Maria, decided), "✅ В план");
        await desk.Maria.PressesAsync("чт 26.11");
        await desk.Maria.SeesAsync("Готово");
        var late = await desk.Oleg.SendsCallbackAsync(olegCard.MessageId, ButtonCodec.Encode(new AskButton(decided.Id, 1, ReviewQuestion.Date)));
        Assert.Equal("Уже решено: в план на 26.11.2026 — Мария Первая.", await desk.Oleg.WaitForCallbackAnswerAsync(late));

        await desk.Ivan.SendsAsync("/my");
        await desk.Ivan.PressesAsync($"№{withdrawn.Id} · на рассмотрении · Отозванная");
        await desk.Ivan.PressesAsync("↩️ Отозвать");
        await desk.Ivan.PressesAsync("Да, отозвать");
        await desk.Ivan.SeesAsync($"Новость №{withdrawn.Id} отозвана");
        await bot.OutboxIdleAsync();
        Assert.Contains("Новость отозвана автором", desk.Oleg.Chat.Messages.Last(m => m.Text.Contains($"Новость №{withdrawn.Id}")).Text);
        var onWithdrawn = await desk.Oleg.SendsCallbackAsync(olegCard.MessageId, ButtonCodec.Encode(new ScheduleOnButton(withdrawn.Id, 1, new DateOnly(2026, 11, 26))));
        Assert.Equal("Новость отозвана автором, с ней больше ничего сделать нельзя.", await desk.Oleg.WaitForCallbackAnswerAsync(onWithdrawn));

        var superseded = desk.Submitted("Первая версия текста");
        await desk.CardAsync(desk.Oleg, superseded);
        await desk.Ivan.SendsAsync("/my");
        await desk.Ivan.PressesAsync($"№{superseded.Id} · на рассмотрении · Первая версия текста");
        await desk.Ivan.PressesAsync("✏️ Исправить");
        await desk.Ivan.SeesAsync("Пришлите исправленный текст целиком");
        await desk.Ivan.SendsAsync("Вторая версия текста");
        await desk.Ivan.PressesAsync("📤 Отправить");
        await desk.Ivan.SeesAsync("Исправленная новость");
        await bot.OutboxIdleAsync();
        var onOldRound = await desk.Oleg.SendsCallbackAsync(olegCard.MessageId, ButtonCodec.Encode(new AskButton(superseded.Id, 1, ReviewQuestion.Date)));
        Assert.Equal("Кнопка устарела: пришла новая версия новости, решайте по новой карточке.", await desk.Oleg.WaitForCallbackAnswerAsync(onOldRound));

        Assert.Equal(SubmissionStatus.Withdrawn, desk.Submissions.Find(withdrawn.Id)!.Status);
        Assert.Equal(SubmissionStatus.Submitted, desk.Submissions.Find(superseded.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_authors_notification_survives_telegram_failing_with_500_and_arrives_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Новость при сбое Telegram");
        await desk.CardAsync(desk.Maria, submission);
        bot.Server.Faults.Fail("sendMessage", times: 2, statusCode: 500, chatId: desk.Ivan.Id);

        await desk.Maria.PressesAsync("✅ В план");
        await desk.Maria.PressesAsync("чт 26.11");
        await desk.Maria.SeesAsync("Готово");
        await bot.OutboxIdleAsync();

        Assert.Equal(2, bot.Server.CallsTo("sendMessage").Count(c => c.StatusCode == 500));
        Assert.Single(desk.Ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("принята в контент-план на 26.11.2026"));
        bot.Server.AssertNoViolations();
    }
}
