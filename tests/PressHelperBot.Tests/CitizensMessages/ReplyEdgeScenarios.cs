using System.Text.Json.Nodes;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Features.CitizensMessages;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.CitizensMessages.CitizensDesk;

namespace PressHelperBot.Tests.CitizensMessages;

public sealed class ReplyEdgeScenarios
{
    [Fact]
    public async Task A_draft_over_4096_characters_is_refused_with_the_reason_and_a_shorter_one_goes()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);

        await desk.Ivan.PressesAsync("✍️ Ответить");
        await desk.Ivan.SeesAsync("Напишите ответ автору");
        await desk.Ivan.SendsAsync(string.Concat(Enumerable.Repeat("Светильник заменим. ", 205)) + "Ок");
        await desk.Ivan.SeesAsync("Ответ слишком длинный: 4102 знаков, а можно не больше 4096. Комментарии в сетях короткие — сократите текст.");
        Assert.Empty(desk.Messages.Find(message.Id)!.Drafts);
        await desk.Ivan.SendsAsync("Светильник заменим в четверг.");
        await desk.Ivan.PressesAsync("📨 Отправить на согласование");
        await desk.Ivan.SeesAsync("отправлен на согласование");

        Assert.Equal("Светильник заменим в четверг.", Assert.Single(desk.Messages.Find(message.Id)!.Drafts).Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Two_coordinators_agreeing_at_once_agree_once_and_the_second_learns_who_was_first()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);
        await desk.DraftsAsync(desk.Ivan, "Сергей, светильник заменим в четверг.");
        var mariaCard = await DraftCardAsync(desk.Maria, message.Id);
        var olegCard = await DraftCardAsync(desk.Oleg, message.Id);

        var presses = await Task.WhenAll(desk.Maria.PressesAsync(mariaCard, "✅ Согласовать"), desk.Oleg.PressesAsync(olegCard, "✅ Согласовать"));
        await bot.SettledAsync();
        await bot.OutboxIdleAsync();

        var stored = desk.Messages.Find(message.Id)!;
        Assert.Single(stored.History, e => e.Action == ReplyAction.Agreed);
        var winner = stored.AgreedById == desk.Maria.Id ? "Мария Петрова" : "Олег Второй";
        var answers = new[] { await desk.Maria.WaitForCallbackAnswerAsync(presses[0]), await desk.Oleg.WaitForCallbackAnswerAsync(presses[1]) };
        Assert.Single(answers, a => a == "Согласовано");
        Assert.Single(answers, a => a == $"Уже решено: ответ согласован. Решение: {winner}");
        Assert.Single(bot.Server.AllChats.SelectMany(c => c.Messages), m => m.FromBot && m.Text == "Сергей, светильник заменим в четверг." && m.AllButtons.Any());
        foreach (var coordinator in new[] { desk.Maria, desk.Oleg, bot.Admin })
        {
            var card = coordinator.Chat.Messages.Single(m => m.FromBot && m.Text.Contains("Черновик ответа на сообщение №1", StringComparison.Ordinal));
            Assert.Contains($"✅ Согласовано. Решение: {winner}", card.Text);
            Assert.Empty(card.AllButtons);
        }

        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_department_deleted_while_the_message_is_open_sends_it_back_to_the_coordinators()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);
        var copy = await LatestAsync(desk.Ivan, m => m.AllButtons.Any(b => b.Text == "✍️ Ответить"));

        bot.Get<DepartmentRepository>().Delete(desk.Culture.Id);
        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));

        var back = await desk.Maria.SeesAsync("Подразделение, которому поручили это сообщение, удалено. Сообщение вернулось — поручите его заново.");
        Assert.Equal(["📤 Поручить подразделению", "📝 Ответить самим"], back.ButtonLabels());
        Assert.Contains("Статус: ждёт поручения", back.Text);
        Assert.Contains("Подразделение удалено — сообщение вернулось в пресс-службу", desk.Ivan.Chat.Messages.Single(m => m.MessageId == copy.MessageId).Text);
        Assert.Empty(desk.Ivan.Chat.Messages.Single(m => m.MessageId == copy.MessageId).AllButtons);
        var stored = desk.Messages.Find(message.Id)!;
        Assert.Equal(ReplyStatus.New, stored.Status);
        Assert.Equal(ReplyAction.SentBackToCoordinators, stored.History[^1].Action);

        // The old copy's button, pressed anyway, changes nothing.
        var late = await desk.Ivan.SendsCallbackAsync(copy.MessageId, ButtonCodec.Encode(new WriteReplyButton(message.Id, 1)));
        Assert.Equal("Ответ уже не нужен: ждёт поручения.", await desk.Ivan.WaitForCallbackAnswerAsync(late));
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(1, Count(desk.Maria, "Подразделение, которому поручили это сообщение, удалено"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_press_on_the_message_of_a_department_deleted_a_moment_ago_returns_it_at_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);

        bot.Get<DepartmentRepository>().Delete(desk.Culture.Id);
        var press = await desk.Ivan.PressesAsync("✍️ Ответить");

        Assert.Equal(ReturnOrphaned.Refusal, await desk.Ivan.WaitForCallbackAnswerAsync(press));
        await bot.OutboxIdleAsync();
        await desk.Maria.SeesAsync("Сообщение вернулось — поручите его заново.");
        Assert.Equal(ReplyStatus.New, desk.Messages.Find(message.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Forged_presses_from_staff_and_from_another_department_change_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var sport = bot.Seed.Department("Отдел спорта");
        var petr = bot.NewPerson("Пётр", "Спортов");
        bot.Seed.Staff(petr, sport);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);
        await petr.SendsAsync("/start");
        await petr.SeesAsync("");

        var write = await petr.SendsCallbackAsync(petr.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new WriteReplyButton(message.Id, 1)));
        Assert.Equal("Сообщение поручено другому подразделению.", await petr.WaitForCallbackAnswerAsync(write));

        await desk.DraftsAsync(desk.Ivan, "Сергей, светильник заменим в четверг.");
        var agree = await desk.Ivan.SendsCallbackAsync(desk.Ivan.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new DraftVerdictButton(message.Id, 1, DraftVerdict.Agree)));
        Assert.Equal(RouterTexts.Forbidden, await desk.Ivan.WaitForCallbackAnswerAsync(agree));
        var publish = await petr.SendsCallbackAsync(petr.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new MarkAnsweredButton(message.Id)));
        Assert.Equal(RouterTexts.Forbidden, await petr.WaitForCallbackAnswerAsync(publish));

        Assert.Equal(ReplyStatus.Drafted, desk.Messages.Find(message.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_coordinator_edits_the_draft_and_the_department_sees_the_agreed_text()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);
        await desk.DraftsAsync(desk.Ivan, "Светильник заменим.");

        var draft = await DraftCardAsync(desk.Maria, message.Id);
        await desk.Maria.PressesAsync(draft, "📝 Исправить и согласовать");
        await desk.Maria.SeesAsync("Пришлите исправленный текст ответа целиком");
        await desk.Maria.SendsStickerAsync();
        await desk.Maria.SeesAsync("Нужен текст");
        await desk.Maria.SendsAsync("Сергей, спасибо, что написали! Светильник заменим в четверг.");
        await desk.Maria.SeesAsync("согласован. Скопируйте текст");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SeesAsync("Пресс-служба исправила и согласовала ваш ответ на сообщение №1. Так он будет опубликован:");
        var stored = desk.Messages.Find(message.Id)!;
        Assert.Equal(ReplySource.EditedByCoordinator, stored.Source);
        Assert.Equal("Сергей, спасибо, что написали! Светильник заменим в четверг.", stored.AgreedText);
        Assert.Contains("📝 Исправлено и согласовано. Решение: Мария Петрова", desk.Oleg.Chat.Messages.Single(m => m.FromBot && m.Text.Contains("Черновик ответа", StringComparison.Ordinal)).Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_thank_you_is_answered_by_the_coordinator_without_a_department()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria, text: "Спасибо за новую детскую площадку!", kind: "🙏 Благодарность");

        var card = await CardAsync(desk.Oleg, message.Id);
        await desk.Oleg.PressesAsync(card, "📝 Ответить самим");
        await desk.Oleg.SeesAsync("Напишите ответ автору — он сразу станет согласованным.");
        await desk.Oleg.SendsAsync("Сергей, спасибо! Рады, что площадка понравилась.");
        await desk.Oleg.SeesAsync("Ответ на сообщение №1 согласован");
        await desk.Oleg.Chat.WaitForBotMessageAsync(m => m.Text == "Сергей, спасибо! Рады, что площадка понравилась.");

        var stored = desk.Messages.Find(message.Id)!;
        Assert.Equal(ReplySource.Coordinator, stored.Source);
        Assert.Empty(stored.Assignments);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_entry_with_a_forwarded_message_and_an_album_continues_across_restarts()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var maria = desk.Maria;

        await maria.SendsAsync("/message");
        await maria.SeesAsync("Перешлите сюда сообщение жителя");
        await maria.SendsStickerAsync();
        await maria.SeesAsync("Такое сообщение не сохранить");
        await maria.SendsAsync("Во дворе дома 5 третью неделю не вывозят мусор!", m => m["forward_origin"] = new JsonObject
        {
            ["type"] = "hidden_user",
            ["sender_user_name"] = "Анна Соседова",
            ["date"] = 1_700_000_000,
        });
        await maria.SeesAsync("Принято: 47 знаков текста");
        await maria.SendsAlbumAsync(2, caption: "Фото двора");
        await bot.SettledAsync();
        Assert.Single(maria.Chat.Messages, m => m.FromBot && m.Text.Contains("2 фото или видео", StringComparison.Ordinal));

        await bot.RestartAsync();
        await maria.PressesAsync("➡️ Дальше");
        await maria.SeesAsync("Пришлите ссылку на комментарий");
        await maria.SendsAsync("просто текст");
        await maria.SeesAsync("Это не похоже на ссылку");
        await maria.SendsAsync("ok.ru/group/1/topic/2");
        var name = await maria.SeesAsync("Как зовут автора");
        Assert.Contains("Ссылка принята: Одноклассники, https://ok.ru/group/1/topic/2", name.Text);
        Assert.Equal(["👤 Анна Соседова", "✖️ Отмена"], name.ButtonLabels());

        await bot.RestartAsync();
        await maria.PressesAsync("👤 Анна Соседова");
        await maria.SeesAsync("ссылку на страницу автора");
        await maria.SendsAsync("https://ok.ru/profile/5577");
        await maria.PressesAsync("😠 Жалоба");
        await maria.SeesAsync("Сообщение №1 записано (жалоба)");
        await bot.OutboxIdleAsync();

        var stored = desk.Messages.Find(1)!;
        Assert.Equal("Во дворе дома 5 третью неделю не вывозят мусор!\n\nФото двора", stored.Text);
        Assert.Equal(2, stored.Media.Count);
        Assert.Equal("Анна Соседова", stored.AuthorName);
        Assert.Equal(Domain.Registry.SocialNetwork.Odnoklassniki, stored.Network);
        var card = await CardAsync(desk.Oleg, 1);
        Assert.Contains("📎 2 фото или видео", card.Text);
        Assert.Equal(2, desk.Oleg.Chat.Messages.Count(m => m.FromBot && m.Kind == "photo"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_draft_typed_before_a_restart_is_sent_after_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = Open(bot);
        var message = await desk.EntersAsync(desk.Maria);
        await desk.AssignsAsync(desk.Maria, message);

        await desk.Ivan.PressesAsync("✍️ Ответить");
        await desk.Ivan.SeesAsync("Напишите ответ автору");
        await desk.Ivan.SendsAsync("Сергей, светильник заменим в четверг.");
        await desk.Ivan.SeesButtonAsync("📨 Отправить на согласование");
        await bot.RestartAsync();
        await desk.Ivan.PressesAsync("📨 Отправить на согласование");
        await desk.Ivan.SeesAsync("отправлен на согласование");
        await bot.OutboxIdleAsync();

        await DraftCardAsync(desk.Maria, message.Id);
        Assert.Equal(ReplyStatus.Drafted, desk.Messages.Find(message.Id)!.Status);
        bot.Server.AssertNoViolations();
    }
}
