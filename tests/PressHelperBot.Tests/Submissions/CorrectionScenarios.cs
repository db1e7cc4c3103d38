using FakeTelegram;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

// Reported: a correction took five actions (Исправить → Изменить → Текст → type → Отправить), and the
// preview showed the whole text twice. Now «✏️ Исправить» asks at once: a text replaces the text, files
// sent instead replace the files (an album whole), and the corrected preview follows.
public sealed class CorrectionScenarios
{
    [Fact]
    public async Task A_text_sent_after_correct_replaces_the_text_and_the_preview_follows_at_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var sent = desk.Submitted("В школе прошёл день открытых дверей");
        await desk.CardAsync(desk.Maria, sent);

        await OpenCorrectionAsync(desk, sent);
        var before = desk.Ivan.BotMessageCount();
        await desk.Ivan.SendsAsync("В школе № 2 прошёл день открытых дверей");
        var preview = await desk.Ivan.SeesButtonAsync("📤 Отправить");

        Assert.Contains("(версия 2)", preview.Text);
        Assert.Contains("В школе № 2 прошёл день открытых дверей", preview.Text);
        var shown = desk.Ivan.Chat.Messages.Where(m => m.FromBot).Skip(before).ToList();
        Assert.Single(shown, m => m.Text.Contains("В школе № 2 прошёл", StringComparison.Ordinal));
        Assert.Contains(shown, m => m.Text.Contains($"Исправление новости №{sent.Id}. Так её увидит координатор", StringComparison.Ordinal) && m.Text.Contains("Стиль:", StringComparison.Ordinal));

        await desk.Ivan.PressesAsync(preview, "📤 Отправить");
        await desk.Ivan.SeesAsync($"Исправленная новость №{sent.Id} отправлена");
        var corrected = desk.Submissions.Find(sent.Id)!;
        Assert.Equal("В школе № 2 прошёл день открытых дверей", corrected.CurrentText);
        Assert.Equal(2, corrected.Versions.Count);
        var card = await desk.CardAsync(desk.Maria, corrected);
        Assert.Contains("(версия 2)", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_album_sent_instead_replaces_the_files_and_one_preview_follows_its_last_part()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync("Выставка рисунков в библиотеке");
        await ivan.SendsDocumentAsync("afisha.pdf");
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        var sent = desk.Only();
        Assert.Equal([MediaKind.Document], sent.Media.Select(m => m.Kind));

        await OpenCorrectionAsync(desk, sent);
        await ivan.SendsAlbumAsync(3, caption: "Выставка рисунков в библиотеке: приходите с детьми", shuffled: true);

        // The news had only a document, so its first photos bring the consent questions: once, after
        // the album's last part, and then the preview.
        var preview = await ivan.AnswersConsentAsync(children: true, consent: true);
        await bot.SettledAsync();
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text.StartsWith("🛡", StringComparison.Ordinal));
        Assert.Contains("Файлы: 3 фото", preview.Text);
        Assert.Contains("Выставка рисунков в библиотеке: приходите с детьми", preview.Text);
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains($"Исправление новости №{sent.Id}. Так её увидит", StringComparison.Ordinal));
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.AllButtons.Any(b => b.Text == "📤 Отправить") && m.Text.Contains("Файлы: 3 фото", StringComparison.Ordinal));

        await ivan.PressesAsync(preview, "📤 Отправить");
        await ivan.SeesAsync("Исправленная новость");
        var corrected = desk.Submissions.Find(sent.Id)!;
        Assert.Equal([MediaKind.Photo, MediaKind.Photo, MediaKind.Photo], corrected.Media.Select(m => m.Kind));
        Assert.Equal("Выставка рисунков в библиотеке: приходите с детьми", corrected.CurrentText);
        Assert.False(corrected.CurrentConsent!.ConsentMissing);
        var card = await desk.CardAsync(desk.Maria, corrected);
        Assert.Contains($"• {ConsentAnswers.Children} — да", card.Text);
        Assert.Contains("✅ Согласие есть.", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task One_photo_sent_instead_replaces_the_files_and_keeps_the_text_and_one_more_at_the_preview_is_added()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var sent = desk.Submitted("Субботник во дворе школы");

        await OpenCorrectionAsync(desk, sent);
        await desk.Ivan.SendsPhotoAsync();
        var preview = await desk.Ivan.AnswersConsentAsync();
        Assert.Contains("Файлы: 1 фото", preview.Text);
        Assert.Contains("Субботник во дворе школы", preview.Text);

        // A second photo sent on its own after the first: it joins, the answers about the pictures
        // are asked again (said under the note about the caption), and the preview comes again.
        await desk.Ivan.SendsPhotoAsync("Другая подпись");
        var asked = await desk.Ivan.SeesConsentQuestionAsync(ConsentAnswers.Children);
        Assert.StartsWith("⚠️ Подпись к файлу не сохранена: текст уже есть.", asked.Text);
        preview = await desk.Ivan.AnswersConsentAsync(personalData: true, consent: true);
        Assert.Contains("Файлы: 2 фото", preview.Text);
        await desk.Ivan.PressesAsync(preview, "📤 Отправить");
        await desk.Ivan.SeesAsync("Исправленная новость");

        var corrected = desk.Submissions.Find(sent.Id)!;
        Assert.Equal("Субботник во дворе школы", corrected.CurrentText);
        Assert.Equal(2, corrected.Media.Count);
        Assert.Equal([false, true, true], corrected.CurrentConsent!.Answers.Select(a => a.Yes));
        bot.Server.AssertNoViolations();
    }

    // The answers are about the pictures: a new text for news with a photo keeps them, and the
    // corrected preview follows without the questions.
    [Fact]
    public async Task A_new_text_for_news_with_a_photo_keeps_the_consent_answers_and_asks_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption: "Мастер-класс в доме культуры");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.AnswersConsentAsync(children: true, consent: true);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        var sent = desk.Only();
        await bot.SettledAsync();
        var asked = ivan.Chat.Messages.Count(m => m.FromBot && m.Text.StartsWith("🛡", StringComparison.Ordinal));

        await OpenCorrectionAsync(desk, sent);
        await ivan.SendsAsync("Мастер-класс по росписи в доме культуры");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains($"• {ConsentAnswers.Children} — да", preview.Text);
        Assert.Contains("✅ Согласие есть.", preview.Text);
        await ivan.PressesAsync(preview, "📤 Отправить");
        await ivan.SeesAsync($"Исправленная новость №{sent.Id} отправлена");

        Assert.Equal(asked, ivan.Chat.Messages.Count(m => m.FromBot && m.Text.StartsWith("🛡", StringComparison.Ordinal)));
        var corrected = desk.Submissions.Find(sent.Id)!;
        Assert.Equal([true, false, true], corrected.CurrentConsent!.Answers.Select(a => a.Yes));
        var card = await desk.CardAsync(desk.Maria, corrected);
        Assert.Contains("(версия 2)", card.Text);
        Assert.Contains("✅ Согласие есть.", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_sticker_a_voice_note_or_the_same_text_get_a_clear_answer_and_the_step_waits()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var sent = desk.Submitted("Концерт в доме культуры");
        await OpenCorrectionAsync(desk, sent);

        await desk.Ivan.SendsStickerAsync();
        await desk.Ivan.SeesAsync("Стикер сюда не подходит: пришлите исправленный текст новости или новые фото, видео, документы.");
        await desk.Ivan.SendsVoiceAsync();
        await desk.Ivan.SeesAsync("Голосовое сообщение сюда не подходит");
        await desk.Ivan.SendsAsync("Концерт в доме культуры");
        var same = await desk.Ivan.SeesAsync("Это тот же текст, что и сейчас");
        Assert.Contains("✖️ Отмена", same.ButtonLabels());
        Assert.DoesNotContain("⬅️ К предпросмотру", same.ButtonLabels());
        await bot.SettledAsync();
        Assert.DoesNotContain(desk.Ivan.Chat.Messages, m => m.FromBot && m.AllButtons.Any(b => b.Text == "📤 Отправить"));
        Assert.Equal(DraftFlow.FixStep, bot.Get<ConversationStore>().Find(desk.Ivan.Id)!.Step);

        await desk.Ivan.SendsAsync("Концерт в доме культуры в субботу");
        await desk.Ivan.SeesButtonAsync("📤 Отправить");
        Assert.Equal("Концерт в доме культуры", desk.Submissions.Find(sent.Id)!.CurrentText);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_correction_survives_a_restart_between_correct_and_the_new_text()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var sent = desk.Submitted("Ярмарка на площади");
        await desk.CardAsync(desk.Maria, sent);
        await OpenCorrectionAsync(desk, sent);

        await bot.RestartAsync();
        await desk.Ivan.SendsAsync("Ярмарка на центральной площади в воскресенье");
        var preview = await desk.Ivan.SeesButtonAsync("📤 Отправить");
        await bot.RestartAsync();
        await desk.Ivan.PressesAsync(preview, "📤 Отправить");
        await desk.Ivan.SeesAsync($"Исправленная новость №{sent.Id} отправлена");

        Assert.Equal("Ярмарка на центральной площади в воскресенье", desk.Submissions.Find(sent.Id)!.CurrentText);
        Assert.Null(bot.Get<ConversationStore>().Find(desk.Ivan.Id));
        var card = await desk.CardAsync(desk.Maria, desk.Submissions.Find(sent.Id)!);
        Assert.Contains("(версия 2)", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_preview_of_a_new_draft_shows_its_text_once_and_edit_takes_a_new_text_in_one_step()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        const string text = "В целях повышения информированности жителей в библиотеке осуществляется выставка рисунков";
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync(text);
        await ivan.PressesAsync("Дальше ▶");
        var before = ivan.BotMessageCount();
        await ivan.PressesAsync("Без даты");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        await bot.SettledAsync();

        var shown = ivan.Chat.Messages.Where(m => m.FromBot).Skip(before).ToList();
        Assert.Single(shown, m => m.Text.Contains("выставка рисунков", StringComparison.Ordinal));
        var check = Assert.Single(shown, m => m.Text.StartsWith("Так новость увидит координатор", StringComparison.Ordinal));
        Assert.Contains("Стиль:", check.Text);
        Assert.Contains("«осуществляется» — Канцелярит", check.Text);

        await ivan.PressesAsync(preview, "✏️ Изменить");
        var ask = await ivan.SeesAsync("он заменит прежний");
        Assert.Equal(["📅 Изменить дату", "📎 Добавить файлы", "🏷 Формат", "⬅️ К предпросмотру"], ask.ButtonLabels());

        // The same text again, after a restart: the answer still offers the way back to the preview.
        await bot.RestartAsync();
        await ivan.SendsAsync(text);
        var same = await ivan.SeesAsync("Это тот же текст, что и сейчас");
        Assert.Equal(["📅 Изменить дату", "📎 Добавить файлы", "🏷 Формат", "⬅️ К предпросмотру"], same.ButtonLabels());
        await ivan.PressesAsync(same, "⬅️ К предпросмотру");
        preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Equal(DraftFlow.PreviewStep, bot.Get<ConversationStore>().Find(ivan.Id)!.Step);

        await ivan.PressesAsync(preview, "✏️ Изменить");
        await ivan.SeesAsync("он заменит прежний");
        await ivan.SendsAsync("В библиотеке открылась выставка рисунков");
        preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("В библиотеке открылась выставка рисунков", preview.Text);
        await ivan.PressesAsync(preview, "📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        Assert.Equal("В библиотеке открылась выставка рисунков", desk.Only().CurrentText);
        bot.Server.AssertNoViolations();
    }

    // «📂 Мои новости» → the news → «✏️ Исправить»: the question comes at once, no preview in between.
    private static async Task OpenCorrectionAsync(NewsDesk desk, Submission submission)
    {
        await desk.Ivan.SendsAsync("/my");
        await desk.Ivan.PressesAsync($"№{submission.Id} · на рассмотрении");
        await desk.Ivan.PressesAsync("✏️ Исправить");
        var ask = await desk.Ivan.SeesAsync($"Исправление новости №{submission.Id}");
        Assert.Contains("Пришлите исправленный текст целиком", ask.Text);
        Assert.Contains("✖️ Отмена", ask.ButtonLabels());
    }
}
