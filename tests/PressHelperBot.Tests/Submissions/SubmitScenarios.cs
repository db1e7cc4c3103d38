using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

public sealed class SubmitScenarios
{
    [Fact]
    public async Task Staff_send_a_text_with_a_photo_and_a_wished_date_and_every_coordinator_gets_the_card()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;

        await ivan.SendsAsync("/start");
        await ivan.PressesAsync("📝 Предложить новость");
        await ivan.SeesAsync("Пришлите текст новости");
        await ivan.SendsPhotoAsync(caption: "В библиотеке открылась выставка рисунков");
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.SeesAsync("Когда хотели бы опубликовать");
        await ivan.SendsAsync("пт");
        await ivan.SeesAsync("Так новость увидит координатор");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Желаемая дата: пт 27.11", preview.Text);
        Assert.Contains("Стиль:", preview.Text);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal(new DateOnly(2026, 11, 27), submission.WishedDate);
        Assert.NotNull(submission.StyleScore);
        foreach (var coordinator in new[] { desk.Maria, desk.Oleg, bot.Admin })
        {
            var card = await desk.CardAsync(coordinator, submission);
            Assert.Equal("photo", card.Kind);
            Assert.Contains("В библиотеке открылась выставка рисунков", card.Text);
            Assert.Contains("Отдел: Отдел культуры", card.Text);
            Assert.Contains("Автор: Иван Петров", card.Text);
            Assert.Equal(["✅ В план", "✏️ На доработку", "❌ Отклонить", "📝 Править текст"], card.ButtonLabels());
        }
        bot.Server.AssertNoViolations();
    }
}
