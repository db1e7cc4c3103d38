using PressHelperBot.Features.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

public sealed class MyMaterialsScenarios
{
    [Fact]
    public async Task The_author_sees_each_status_and_a_decided_one_can_no_longer_be_corrected()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var planned = desk.Submitted("Первая новость");
        var pending = desk.Submitted("Вторая новость");
        await desk.CardAsync(desk.Maria, planned);
        await desk.Maria.PressesAsync(await desk.CardAsync(desk.Maria, planned), "✅ В план");
        await desk.Maria.PressesAsync("чт 26.11");
        await desk.Maria.SeesAsync("Готово");

        await desk.Ivan.SendsAsync("/start");
        await desk.Ivan.PressesAsync("📂 Мои новости");
        var list = await desk.Ivan.SeesAsync("Ваши новости");
        Assert.Equal([$"№{pending.Id} · на рассмотрении · Вторая новость", $"№{planned.Id} · в плане · Первая новость", "⬅️ Назад"], list.ButtonLabels());

        await desk.Ivan.PressesAsync($"№{planned.Id} · в плане · Первая новость");
        var details = await desk.Ivan.SeesAsync("В плане на чт 26.11");
        Assert.Equal(["📜 История", "⬅️ Назад"], details.ButtonLabels());
        var forged = await desk.Ivan.SendsCallbackAsync(details.MessageId, ButtonCodec.Encode(new CorrectSubmissionButton(planned.Id)));
        Assert.Equal("Новость уже в контент-плане: исправить её может только координатор.", await desk.Ivan.WaitForCallbackAnswerAsync(forged));
        var withdraw = await desk.Ivan.SendsCallbackAsync(details.MessageId, ButtonCodec.Encode(new ConfirmWithdrawButton(planned.Id)));
        Assert.Contains("отозвать её может только координатор", await desk.Ivan.WaitForCallbackAnswerAsync(withdraw));

        await desk.Ivan.PressesAsync("⬅️ Назад");
        await desk.Ivan.PressesAsync($"№{pending.Id} · на рассмотрении · Вторая новость");
        var open = await desk.Ivan.SeesButtonAsync("✏️ Исправить");
        Assert.Equal(["✏️ Исправить", "↩️ Отозвать", "📜 История", "⬅️ Назад"], open.ButtonLabels());

        var someoneElse = bot.NewPerson("Пётр", "Чужой");
        bot.Seed.Staff(someoneElse, desk.Culture);
        await someoneElse.SendsAsync("/my");
        await someoneElse.SeesAsync("Вы ещё не отправляли новостей");
        var foreign = await someoneElse.SendsCallbackAsync(someoneElse.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new ConfirmWithdrawButton(pending.Id)));
        Assert.Equal("Кнопка устарела", await someoneElse.WaitForCallbackAnswerAsync(foreign));
        Assert.Equal(SubmissionStatus.Submitted, desk.Submissions.Find(pending.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_text_longer_than_a_caption_with_a_photo_reaches_the_coordinator_whole_after_the_photo()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        var text = string.Concat(Enumerable.Repeat("Слово за словом идёт рассказ. ", 70)).Trim();
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync(text);
        await ivan.SendsPhotoAsync();
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.AnswersConsentAsync();
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        var card = await desk.CardAsync(desk.Maria, submission);
        Assert.Equal("text", card.Kind);
        Assert.EndsWith(text, card.Text);
        var photo = desk.Maria.Chat.Messages.Last(m => m.FromBot && m.Kind == "photo");
        Assert.True(photo.MessageId < card.MessageId);
        Assert.Equal(submission.Media[0].FileId, photo.FileId);
        bot.Server.AssertNoViolations();
    }
}
