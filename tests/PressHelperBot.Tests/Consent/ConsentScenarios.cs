using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Consent;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Consent;

// Consent before publishing (152-ФЗ): the author of news with photos or video answers a few questions
// with buttons before the preview, and the coordinators' card shows the answers and warns of «нет согласия».
public sealed class ConsentScenarios
{
    private const string Children = ConsentAnswers.Children;
    private const string PersonalData = ConsentAnswers.PersonalData;
    private const string ConsentQuestion = ConsentAnswers.Consent;

    [Fact]
    public async Task News_with_a_photo_answered_no_consent_warns_on_the_card_and_can_be_rejected_for_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;

        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption: "Утренник в детском саду «Солнышко»");
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        var question = await ivan.SeesAsync(Children);
        Assert.Contains("В новости есть фото или видео", question.Text);
        Assert.Equal(["Да", "Нет", "✖️ Отмена"], question.ButtonLabels());
        var staleYes = question.AllButtons.First(b => b.Text == "Да").CallbackData!;
        await ivan.PressesAsync("Да");
        await ivan.SeesAsync(PersonalData);

        // A restart between two answers, a typed answer and an old button change nothing.
        await bot.RestartAsync();
        await ivan.SendsAsync("да");
        var again = await ivan.SeesAsync("Ответьте кнопкой «Да» или «Нет»");
        Assert.Contains(PersonalData, again.Text);
        var stale = await ivan.SendsCallbackAsync(question.MessageId, staleYes);
        Assert.Equal("Кнопка устарела", await ivan.WaitForCallbackAnswerAsync(stale));
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(ConsentQuestion);
        await ivan.PressesAsync("Нет");

        var answered = await ivan.SeesAsync("Ответы о согласии сохранены");
        Assert.Contains("Согласия нет", answered.Text);
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("НЕТ СОГЛАСИЯ на публикацию", preview.Text);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.True(submission.CurrentConsent!.ConsentMissing);
        Assert.Equal([true, false, false], submission.CurrentConsent.Answers.Select(a => a.Yes));
        var card = await desk.CardAsync(desk.Maria, submission);
        var lines = card.Text.Split('\n');
        Assert.Equal("📰 Новость №1", lines[0]);
        Assert.StartsWith("⚠️ НЕТ СОГЛАСИЯ на публикацию", lines[1]);
        Assert.Contains($"• {Children} — да", card.Text);
        Assert.Contains($"— нет\n⚠️ НЕТ СОГЛАСИЯ", card.Text);

        await desk.Maria.PressesAsync(card, "❌ Отклонить");
        await desk.Maria.PressesAsync(RejectionReasons.NoConsent);
        await desk.Maria.SeesAsync("Готово: отклонено");
        await bot.OutboxIdleAsync();
        await ivan.SeesAsync("Причина: Нет согласия на публикацию фото или видео");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Without_children_or_personal_data_the_consent_question_is_not_asked_and_text_only_news_is_not_asked_at_all()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;

        await ivan.SendsAsync("/new");
        await ivan.SendsAsync("Отремонтировали крышу библиотеки");
        await ivan.SendsVideoAsync();
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.SeesAsync(Children);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(PersonalData);
        await ivan.PressesAsync("Нет");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Text.Contains(ConsentQuestion, StringComparison.Ordinal));
        Assert.DoesNotContain("НЕТ СОГЛАСИЯ", preview.Text);
        Assert.Contains($"• {Children} — нет", preview.Text);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        var card = await desk.CardAsync(desk.Maria, desk.Only());
        Assert.DoesNotContain("НЕТ СОГЛАСИЯ", card.Text);
        Assert.False(desk.Only().CurrentConsent!.ConsentNeeded);

        var asked = ivan.Chat.Messages.Count(m => m.Text.Contains("🛡", StringComparison.Ordinal));
        var text = await desk.SubmitTextAsync("Расписание кружков на декабрь");
        Assert.Empty(text.Consents);
        Assert.Equal(asked, ivan.Chat.Messages.Count(m => m.Text.Contains("🛡", StringComparison.Ordinal)));
        bot.Server.AssertNoViolations();
    }

    // A file sent while a question waits (one more photo, or an album's part that came late) joins
    // the files as at the preview. New pictures clear the answers given for the old ones, so the
    // questions start again, under what the bot has to say about the file.
    [Fact]
    public async Task A_photo_sent_while_a_consent_question_waits_joins_the_files_and_the_questions_start_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption: "Выпускной в школе искусств");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.SeesAsync(Children);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(PersonalData);

        await ivan.SendsPhotoAsync(caption: "Ещё одно фото");
        var again = await ivan.SeesConsentQuestionAsync(Children);
        Assert.StartsWith("⚠️ Подпись к файлу не сохранена: текст уже есть.", again.Text);
        Assert.Equal(["Да", "Нет", "✖️ Отмена"], again.ButtonLabels());
        await ivan.PressesAsync(again, "Да");
        await ivan.SeesAsync(PersonalData);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(ConsentQuestion);
        await ivan.PressesAsync("Да");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Файлы: 2 фото", preview.Text);
        await ivan.PressesAsync(preview, "📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.Equal(2, submission.Media.Count);
        Assert.Equal("Выпускной в школе искусств", submission.CurrentText);
        Assert.Equal([true, false, true], submission.CurrentConsent!.Answers.Select(a => a.Yes));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task After_a_send_back_for_consent_the_author_answers_again_and_the_new_card_has_no_warning()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption: "Дети сажают деревья в сквере");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        // «Да» only once the question is there: a press by label would otherwise take «Дальше ▶».
        await ivan.SeesAsync(Children);
        await ivan.PressesAsync("Да");
        await ivan.SeesAsync(PersonalData);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(ConsentQuestion);
        await ivan.PressesAsync("Нет");
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        var card = await desk.CardAsync(desk.Maria, desk.Only());
        await desk.Maria.PressesAsync(card, "✏️ На доработку");
        await desk.Maria.SendsAsync("Получите согласие родителей и пришлите снова");
        await bot.OutboxIdleAsync();

        await ivan.PressesAsync("✏️ Исправить");
        await ivan.PressesAsync("🛡 Ответы о согласии");
        await ivan.SeesAsync(Children);
        await ivan.PressesAsync("Да");
        await ivan.SeesAsync(PersonalData);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync(ConsentQuestion);
        await ivan.PressesAsync("Да");
        await ivan.SeesButtonAsync("📤 Отправить");
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("Исправленная новость №1 отправлена");

        var submission = desk.Only();
        Assert.Equal([true, false], submission.Consents.Select(c => c.ConsentMissing));
        var fresh = await desk.CardAsync(desk.Maria, submission);
        Assert.NotEqual(card.MessageId, fresh.MessageId);
        Assert.DoesNotContain("НЕТ СОГЛАСИЯ", fresh.Text);
        Assert.Contains("✅ Согласие есть.", fresh.Text);
        Assert.Contains("Прежние комментарии координаторов:\n• 23.11, Мария Первая: Получите согласие родителей и пришлите снова", fresh.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Coordinators_edit_the_questions_in_the_chat_and_authors_are_asked_the_new_ones()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var maria = desk.Maria;

        await maria.SendsAsync("/start");
        await maria.PressesAsync(ConsentTexts.MenuButton);
        var list = await maria.SeesAsync("Вопросы о съёмке");
        Assert.Equal(["1. Есть ли в кадре дети?", "2. Видны ли чьи-то персональные данные: лица крупным…", "3. Есть ли согласие этих людей на публикацию (за дет…", ConsentTexts.AddButton], list.ButtonLabels());

        // The consent question can be reworded but not deleted.
        await maria.PressesAsync("3. Есть ли согласие");
        var consent = await maria.SeesAsync("Вопрос о согласии.");
        Assert.DoesNotContain(ConsentTexts.DeleteButton, consent.ButtonLabels());
        var consentId = bot.Get<ConsentQuestionRepository>().All().Single(q => q.Kind == ConsentQuestionKind.Consent).Id;
        var forged = await maria.SendsCallbackAsync(consent.MessageId, ButtonCodec.Encode(new DeleteConsentQuestionButton(consentId)));
        Assert.StartsWith("Вопрос о согласии удалить нельзя", await maria.WaitForCallbackAnswerAsync(forged));
        await maria.PressesAsync("3. Есть ли согласие");
        await maria.PressesAsync(ConsentTexts.RewordButton);
        await maria.SeesAsync("Напишите новую формулировку");
        await bot.RestartAsync();
        await maria.SendsAsync(" ");
        await maria.SeesAsync("Вопрос пустой");
        await maria.SendsAsync("Есть ли письменное согласие (за детей — родителей)?");
        await maria.SeesAsync("Новая формулировка сохранена");

        await maria.PressesAsync("2. Видны ли");
        await maria.PressesAsync(ConsentTexts.DeleteButton);
        await maria.SeesAsync("1. Есть ли в кадре дети?\n2. Есть ли письменное согласие");
        await maria.PressesAsync(ConsentTexts.AddButton);
        await maria.SendsAsync("Есть ли в кадре участники боевых действий?");
        await maria.SeesAsync("Вопрос добавлен");

        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption: "Встреча в музее");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.SeesAsync(Children);
        await ivan.PressesAsync("Нет");
        await ivan.SeesAsync("Есть ли в кадре участники боевых действий?");
        await ivan.PressesAsync("Да");
        await ivan.SeesAsync("Есть ли письменное согласие (за детей — родителей)?");
        await ivan.PressesAsync("Да");
        await ivan.SeesButtonAsync("📤 Отправить");
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Text.Contains(PersonalData, StringComparison.Ordinal));

        var entries = bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddHours(-1), bot.Clock.GetUtcNow().AddHours(1));
        Assert.Equal([AuditArea.ConsentQuestions], entries.Select(e => e.Area).Distinct());
        Assert.Equal(
            [
                ("Вопрос о согласии", "Есть ли согласие этих людей на публикацию (за детей — согласие родителей)?", "Есть ли письменное согласие (за детей — родителей)?"),
                ("Вопрос о людях в кадре №2", "Видны ли чьи-то персональные данные: лица крупным планом, документы, адреса, телефоны, номера машин?", "удалён"),
                ("Вопрос о людях в кадре №4", "", "Есть ли в кадре участники боевых действий?"),
            ],
            entries.Select(e => (e.Subject, e.Before, e.After)));
        bot.Server.AssertNoViolations();
    }
}
