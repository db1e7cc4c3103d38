using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

public sealed class SubmitScenarios
{
    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task Staff_send_a_text_with_a_photo_and_a_wished_date_and_every_coordinator_gets_the_card(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
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
        var preview = await ivan.AnswersConsentAsync(children: true, consent: true);
        await ivan.SeesAsync("Так новость увидит координатор");
        Assert.Contains("Желаемая дата: пт 27.11", preview.Text);
        Assert.Contains("Стиль:", preview.Text);
        Assert.Contains($"• {ConsentAnswers.Children} — да", preview.Text);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal(new DateOnly(2026, 11, 27), submission.WishedDate);
        Assert.NotNull(submission.StyleScore);
        var shown = bot.Get<PressHelperBot.Features.Style.StyleReview>().Review(submission.CurrentText, hasVisualMedia: true).Report.Findings;
        Assert.Equal(shown.Select(f => f.Fragment), submission.StyleNotes.Select(n => n.Fragment));
        foreach (var coordinator in new[] { desk.Maria, desk.Oleg, bot.Admin })
        {
            var card = await desk.CardAsync(coordinator, submission);
            Assert.Equal("photo", card.Kind);
            Assert.Contains("В библиотеке открылась выставка рисунков", card.Text);
            Assert.Contains("Подразделение: Отдел культуры", card.Text);
            Assert.Contains("Автор: Иван Петров", card.Text);
            Assert.Contains($"• {ConsentAnswers.Children} — да", card.Text);
            Assert.Contains("✅ Согласие есть.", card.Text);
            Assert.DoesNotContain("НЕТ СОГЛАСИЯ", card.Text);
            Assert.Equal(["✅ В план", "✏️ На доработку", "❌ Отклонить", "📝 Править текст", "📜 История"], card.ButtonLabels());
        }
        bot.Server.AssertNoViolations();
    }

    // The answer to a press can be lost (the bot crashed right after saving the step, the network
    // failed) or scrolled away; a person then presses the same button again and must get the next step,
    // not «Кнопка устарела».
    [Fact]
    public async Task Pressing_again_on_the_files_or_the_date_question_shows_the_next_step_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync("Во дворце культуры прошёл концерт хора ветеранов");
        var files = await ivan.SeesAsync("Теперь пришлите фото");

        await ivan.PressesAsync(files, "Дальше ▶");
        var firstAsk = await ivan.SeesAsync("Когда хотели бы опубликовать");
        var before = ivan.BotMessageCount();
        await ivan.PressesAsync(files, "Дальше ▶");
        await bot.SettledAsync();
        Assert.Equal(before + 1, ivan.BotMessageCount());
        Assert.Contains("Когда хотели бы опубликовать", ivan.Chat.LastBotMessage!.Text);

        await ivan.PressesAsync(firstAsk, "Без даты");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Желаемая дата: не указана", preview.Text);

        await ivan.PressesAsync(firstAsk, "пт 27.11");
        await bot.SettledAsync();
        var again = ivan.Chat.Messages.Last(m => m.FromBot && m.AllButtons.Any(b => b.Text == "📤 Отправить"));
        Assert.NotEqual(preview.MessageId, again.MessageId);
        Assert.Contains("Желаемая дата: пт 27.11", again.Text);
        await ivan.PressesAsync(again, "📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        Assert.Equal(new DateOnly(2026, 11, 27), desk.Only().WishedDate);
        bot.Server.AssertNoViolations();
    }

    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task An_album_of_three_photos_arriving_shuffled_lands_whole_and_in_order_with_one_answer(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SeesAsync("Пришлите текст новости");
        var before = ivan.BotMessageCount();

        await ivan.SendsAlbumAsync(3, caption: "Субботник в парке", shuffled: true);
        await bot.SettledAsync();

        Assert.Equal(before + 1, ivan.BotMessageCount());
        await ivan.SeesAsync("Прикреплено файлов: 3 из 10");
        var sent = ivan.Chat.Messages.Where(m => !m.FromBot && m.Kind == "photo").OrderBy(m => m.MessageId).Select(m => m.FileId).ToList();
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.AnswersConsentAsync();
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.Equal("Субботник в парке", submission.CurrentText);
        Assert.Equal(sent, submission.Media.Select(m => m.FileId));
        await desk.CardAsync(desk.Maria, submission);
        var album = desk.Maria.Chat.Messages.Where(m => m.FromBot && m.Kind == "photo" && m.MediaGroupId != null).ToList();
        Assert.Equal(sent, album.Select(m => m.FileId));
        Assert.Single(album.Select(m => m.MediaGroupId).Distinct());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_album_sent_while_the_bot_restarts_still_lands_in_the_one_draft_with_one_answer()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SeesAsync("Пришлите текст новости");
        await ivan.SendsAsync("Текст новости про школу");
        await ivan.SeesAsync("Теперь пришлите фото");
        var before = ivan.BotMessageCount();

        await ivan.SendsAlbumAsync(3, shuffled: true);
        await bot.RestartAsync();
        await bot.SettledAsync();

        Assert.Equal(before + 1, ivan.BotMessageCount());
        await ivan.SeesAsync("Прикреплено файлов: 3 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.AnswersConsentAsync();
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        Assert.Equal(3, desk.Only().Media.Count);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_restart_between_the_text_and_the_files_continues_with_the_text_kept()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SeesAsync("Пришлите текст новости");
        await ivan.SendsAsync("В музее новая экспозиция");
        await ivan.SeesAsync("Теперь пришлите фото");

        await bot.RestartAsync();
        await ivan.SendsVideoAsync();
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        var preview = await ivan.AnswersConsentAsync();
        Assert.Contains("В музее новая экспозиция", preview.Text);
        Assert.Contains("Файлы: 1 видео", preview.Text);
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var submission = desk.Only();
        Assert.Equal("В музее новая экспозиция", submission.CurrentText);
        Assert.Equal(MediaKind.Video, Assert.Single(submission.Media).Kind);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Wrong_input_at_each_step_gets_a_clear_message_and_the_same_step_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SeesAsync("Пришлите текст новости");

        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("нужен текст новости");
        await ivan.SendsVoiceAsync();
        await ivan.SeesAsync("нужен текст новости");
        await ivan.SendsAsync("   ");
        await ivan.SeesAsync("Текст пустой");
        await ivan.SendsAsync(new string('я', 5000));
        await ivan.SeesAsync("Текст слишком длинный (знаков: 5000, а помещается 4096)");
        await ivan.SendsAsync("Нормальный текст 😀");
        await ivan.SeesAsync("Теперь пришлите фото");

        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Такие сообщения не подходят");
        await ivan.SendsAlbumAsync(10);
        await ivan.SeesAsync("Прикреплено файлов: 10 из 10");
        await ivan.SendsPhotoAsync();
        await ivan.SeesAsync("Уже прикреплено 10 файлов — больше добавить нельзя.");
        await ivan.SendsDocumentAsync("plan.pdf");
        await ivan.SeesAsync("больше добавить нельзя");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.SeesAsync("Когда хотели бы опубликовать");

        await ivan.SendsAsync("31.02");
        await ivan.SeesAsync("В феврале нет 31-го числа");
        await ivan.SendsAsync("20.11");
        await ivan.SeesAsync("Дата 20.11.2026 уже прошла");
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Нужна дата текстом или кнопкой");
        await ivan.SendsAsync("завтра");

        await ivan.SeesAsync(ConsentAnswers.Children);
        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Ответьте кнопкой «Да» или «Нет» под вопросом.");
        await ivan.SendsAsync("нет");
        var again = await ivan.SeesAsync("Ответьте кнопкой «Да» или «Нет» под вопросом.");
        Assert.Contains(ConsentAnswers.Children, again.Text);
        Assert.Equal(["Да", "Нет", "✖️ Отмена"], again.ButtonLabels());
        var preview = await ivan.AnswersConsentAsync();

        Assert.Contains("Желаемая дата: вт 24.11", preview.Text);
        Assert.Contains("Файлы: 10 фото", preview.Text);
        Assert.Empty(desk.Submissions.ByAuthor(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_text_with_html_and_4000_characters_reaches_the_coordinator_intact()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var head = "<script>alert('x')</script> & «Рубцовск» <b>не жирный</b> 🎉\n\n";
        var text = head + string.Concat(Enumerable.Repeat("Длинный абзац текста новости. ", 200))[..(3999 - head.Length)] + "!";

        var submission = await desk.SubmitTextAsync(text);

        Assert.Equal(text, submission.CurrentText);
        var card = await desk.CardAsync(desk.Maria, submission);
        Assert.Contains("Текст новости — в сообщении выше", card.Text);
        Assert.Contains(desk.Maria.Chat.Messages, m => m.FromBot && m.Text == text);
        Assert.Contains(desk.Ivan.Chat.Messages, m => m.FromBot && m.Text == text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_person_in_two_departments_picks_one_first()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var sport = bot.Seed.Department("Отдел спорта");
        var anna = bot.NewPerson("Анна", "Двойная");
        bot.Seed.Staff(anna, culture, sport);

        await anna.SendsAsync("/new");
        await anna.SeesAsync("От какого отдела новость?");
        await anna.SendsAsync("Отдел спорта");
        await anna.SeesAsync("Выберите отдел кнопкой");
        await anna.PressesAsync("Отдел спорта");
        await anna.SeesAsync("Пришлите текст новости");
        await anna.SendsAsync("Турнир по шахматам");
        await anna.PressesAsync("Дальше ▶");
        await anna.PressesAsync("Без даты");
        var preview = await anna.SeesButtonAsync("📤 Отправить");

        Assert.Contains("Подразделение: Отдел спорта", preview.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_preview_edits_the_date_and_cancel_drops_the_draft()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync("Концерт в доме культуры");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.SeesButtonAsync("📤 Отправить");

        await ivan.PressesAsync("✏️ Изменить");
        await ivan.PressesAsync("📅 Изменить дату");
        await ivan.SendsAsync("25.11");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Желаемая дата: ср 25.11", preview.Text);
        await ivan.PressesAsync("✏️ Изменить");
        await ivan.SeesAsync("он заменит прежний");
        await ivan.SendsAsync("Концерт в доме культуры в среду");
        preview = await ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("Концерт в доме культуры в среду", preview.Text);
        await ivan.PressesAsync("❌ Отменить");
        await ivan.SeesAsync("Черновик удалён");

        Assert.Empty(desk.Submissions.ByAuthor(ivan.Id));
        Assert.Null(bot.Get<PressHelperBot.Persistence.SubmissionDraftRepository>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }
}
