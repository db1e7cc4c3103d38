using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.CitizensMessages.CitizensDesk;

namespace PressHelperBot.Tests.CitizensMessages;

public sealed class ReplyScenarios
{
    [Fact]
    public async Task A_question_is_assigned_drafted_returned_corrected_agreed_and_marked_answered()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var (ivan, maria) = (desk.Ivan, desk.Maria);

        CitizenMessage message;
        try
        {
            message = await desk.EntersAsync(maria);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\n" + desk.Errors());
        }

        var card = await CardAsync(maria, message.Id);
        Assert.Contains("Сообщение №1 · вопрос", card.Text);
        Assert.Contains("ВКонтакте: https://vk.com/wall-1_2?reply=3", card.Text);
        Assert.Contains("Автор: Сергей Жителев — https://vk.com/id777", card.Text);
        Assert.Contains("Когда починят фонарь на улице Ленина?", card.Text);
        Assert.Equal(["📤 Поручить подразделению", "📝 Ответить самим"], card.ButtonLabels());
        await CardAsync(desk.Oleg, message.Id);

        await desk.AssignsAsync(maria, message, "до пн 23.11, 18:00");
        var copy = await LatestAsync(ivan, m => m.Text.Contains("Пресс-служба просит подразделение «Отдел культуры» подготовить ответ автору до пн 23.11, 18:00", StringComparison.Ordinal));
        Assert.Equal(["✍️ Ответить"], copy.ButtonLabels());
        Assert.Contains("Когда починят фонарь", copy.Text);
        Assert.Contains("Срок черновика: пн 23.11, 18:00", (await LatestAsync(desk.Oleg, m => m.Text.Contains("Сообщение №1 ·", StringComparison.Ordinal))).Text);

        await ivan.PressesAsync("✍️ Ответить");
        await ivan.SeesAsync("Напишите ответ автору");
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Ответ нужен текстом");
        await ivan.SendsAsync("   ");
        await ivan.SeesAsync("Ответ нужен текстом");
        await ivan.SendsAsync("В соответствии с вышеизложенным осуществляется рассмотрение вопроса о замене светильника.");
        var check = await ivan.SeesAsync("Проверка стиля ответа");
        Assert.Equal(["📨 Отправить на согласование", "✏️ Переписать", "✖️ Отмена"], check.ButtonLabels());
        await ivan.PressesAsync("📨 Отправить на согласование");
        await ivan.SeesAsync("Черновик ответа на сообщение №1 отправлен на согласование");
        await bot.OutboxIdleAsync();
        Assert.Empty(copy.AllButtons);
        Assert.Contains("Черновик ответа отправлен на согласование. Автор черновика: Иван Петров", ivan.Chat.Messages.Single(m => m.MessageId == copy.MessageId).Text);

        var draft = await DraftCardAsync(maria, message.Id);
        Assert.Contains("Подразделение: Отдел культуры", draft.Text);
        Assert.Contains("Автор черновика: Иван Петров", draft.Text);
        Assert.Contains("Замечания стиля", draft.Text);
        await maria.PressesAsync(draft, "✏️ Вернуть с комментарием");
        await maria.SeesAsync("Напишите, что поправить в ответе");
        await maria.SendsAsync("Проще, пожалуйста, и напишите, когда заменят светильник.");
        await maria.SeesAsync("Ответ на сообщение №1 вернули подразделению с комментарием");
        await bot.OutboxIdleAsync();
        Assert.Contains("✏️ Вернули на доработку. Решение: Мария Петрова", (await LatestAsync(desk.Oleg, m => m.Text.Contains("Черновик ответа на сообщение №1", StringComparison.Ordinal))).Text);

        var returned = await LatestAsync(ivan, m => m.Text.Contains("вернула ответ на сообщение №1 на доработку", StringComparison.Ordinal));
        Assert.Contains("Комментарий: Проще, пожалуйста, и напишите, когда заменят светильник.", returned.Text);
        await ivan.PressesAsync(returned, "✍️ Ответить");
        await ivan.SeesAsync("Ваш прошлый черновик — ниже");
        await ivan.SendsAsync("Сергей, светильник заменим в четверг. Спасибо, что написали!");
        await ivan.SeesAsync("Стиль в порядке");
        await ivan.PressesAsync("📨 Отправить на согласование");
        await ivan.SeesAsync("отправлен на согласование");
        await bot.OutboxIdleAsync();

        var second = await DraftCardAsync(maria, message.Id, version: 2);
        await maria.PressesAsync(second, "✅ Согласовать");
        await maria.SeesAsync("Ответ на сообщение №1 согласован. Скопируйте текст из следующего сообщения");
        var ready = await maria.Chat.WaitForBotMessageAsync(m => m.Text == "Сергей, светильник заменим в четверг. Спасибо, что написали!");
        Assert.Equal(["✅ Ответ опубликован"], ready.ButtonLabels());
        await bot.OutboxIdleAsync();
        await ivan.SeesAsync("Пресс-служба согласовала ваш ответ на сообщение №1");

        await maria.PressesAsync(ready, "✅ Ответ опубликован");
        await maria.SeesAsync("Пришлите ссылку на опубликованный ответ");
        await maria.SendsAsync("опубликовала");
        await maria.SeesAsync("не похоже на ссылку");
        await maria.SendsAsync("https://vk.com/wall-1_2?reply=9");
        await maria.SeesAsync("Сообщение №1: ответ опубликован — https://vk.com/wall-1_2?reply=9");
        await bot.OutboxIdleAsync();
        await ivan.SeesAsync("Ответ на сообщение №1 опубликован: https://vk.com/wall-1_2?reply=9");

        var stored = desk.Messages.Find(message.Id)!;
        Assert.Equal(ReplyStatus.Answered, stored.Status);
        Assert.Equal("Сергей, светильник заменим в четверг. Спасибо, что написали!", stored.AgreedText);
        Assert.Equal(maria.Id, stored.AgreedById);
        Assert.Equal(
            [ReplyAction.Received, ReplyAction.Assigned, ReplyAction.Drafted, ReplyAction.Returned, ReplyAction.Drafted, ReplyAction.Agreed, ReplyAction.MarkedAnswered],
            stored.History.Select(e => e.Action));
        foreach (var coordinator in new[] { maria, desk.Oleg, bot.Admin })
        {
            var final = coordinator.Chat.Messages.Last(m => m.FromBot && m.Text.Contains("Сообщение №1 ·", StringComparison.Ordinal));
            Assert.Contains("Статус: ответ опубликован", final.Text);
            Assert.Empty(final.AllButtons);
            Assert.All(coordinator.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("Черновик ответа на сообщение №1", StringComparison.Ordinal)), m => Assert.Empty(m.AllButtons));
        }

        bot.Server.AssertNoViolations();
    }
}
