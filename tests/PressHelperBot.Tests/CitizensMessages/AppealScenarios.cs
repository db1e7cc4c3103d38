using PressHelperBot.Configuration;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Features.CitizensMessages;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.CitizensMessages.CitizensDesk;

namespace PressHelperBot.Tests.CitizensMessages;

public sealed class AppealScenarios
{
    [Fact]
    public async Task An_appeal_is_answered_with_the_official_procedure_and_logged_as_such()
    {
        await using var bot = await BotUnderTest.StartAsync(s => s[CitizenMessageSettings.AppealsUrlKey] = "https://admin.example.ru/priemnaya");
        var desk = Open(bot);

        var message = await desk.EntersAsync(desk.Ivan, text: "Прошу рассмотреть моё обращение о ремонте крыши дома № 5 и дать официальный ответ.", kind: "📜 Обращение");

        await desk.Ivan.SeesAsync("Обращение №1 записано. Сообщения на страницах не считаются обращениями граждан по закону № 59-ФЗ");
        var ready = await LatestAsync(desk.Ivan, m => m.Text.StartsWith("Сергей Жителев, здравствуйте!", StringComparison.Ordinal));
        Assert.Contains("не являются обращениями граждан по Федеральному закону от 2 мая 2006 года № 59-ФЗ", ready.Text);
        Assert.Contains("через интернет-приёмную на официальном сайте: https://admin.example.ru/priemnaya", ready.Text);
        Assert.Equal(["✅ Ответ опубликован"], ready.ButtonLabels());

        var card = await CardAsync(desk.Maria, message.Id);
        Assert.Contains("Сообщение №1 · обращение", card.Text);
        Assert.Contains("📜 Обращение: автору ответили, как направить официальное обращение (закон № 59-ФЗ).", card.Text);
        Assert.Equal(["✅ Ответ опубликован"], card.ButtonLabels());
        Assert.DoesNotContain(card.AllButtons, b => b.Text.Contains("Поручить", StringComparison.Ordinal));

        // A forged «Поручить» on an appeal changes nothing.
        await desk.Maria.SendsAsync("/messages");
        await desk.Maria.SeesAsync("Ответы жителям");
        var forged = await desk.Maria.SendsCallbackAsync(desk.Maria.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new AssignDueButton(1, desk.Culture.Id, 1)));
        await desk.Maria.WaitForCallbackAnswerAsync(forged);
        await desk.Maria.SeesAsync("Обращение не поручают подразделению");
        Assert.Empty(desk.Messages.Find(message.Id)!.Assignments);

        // The staff member who watches the page posts the reply and marks it.
        await desk.Ivan.PressesAsync(ready, "✅ Ответ опубликован");
        await desk.Ivan.SeesAsync("Пришлите ссылку на опубликованный ответ");
        await desk.Ivan.SendsAsync("https://vk.com/wall-1_2?reply=40");
        await desk.Ivan.SeesAsync("Сообщение №1: ответ опубликован");
        await bot.OutboxIdleAsync();

        var stored = desk.Messages.Find(message.Id)!;
        Assert.Equal(ReplyStatus.Answered, stored.Status);
        Assert.Equal(ReplySource.AppealProcedure, stored.Source);
        Assert.Equal([ReplyAction.Received, ReplyAction.PointedToAppealProcedure, ReplyAction.MarkedAnswered], stored.History.Select(e => e.Action));
        Assert.Empty(desk.Maria.Chat.Messages.Last(m => m.FromBot && m.Text.Contains("Сообщение №1 ·", StringComparison.Ordinal)).AllButtons);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Without_an_appeals_page_the_reply_names_the_official_site()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);

        await desk.EntersAsync(desk.Maria, kind: "📜 Обращение");

        var ready = await LatestAsync(desk.Maria, m => m.Text.StartsWith("Сергей Жителев, здравствуйте!", StringComparison.Ordinal));
        Assert.Contains("через интернет-приёмную на официальном сайте администрации, письмом по почте или на личном приёме", ready.Text);
        bot.Server.AssertNoViolations();
    }
}
