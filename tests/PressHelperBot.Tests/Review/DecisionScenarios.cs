using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Review;

public sealed class DecisionScenarios
{
    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task Approving_with_a_date_puts_the_news_into_the_plan_tells_the_author_and_closes_every_card(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("Выставка в библиотеке", date: "пт");
        await desk.CardAsync(desk.Oleg, submission);
        await desk.CardAsync(desk.Maria, submission);

        await desk.Maria.PressesAsync("✅ В план");
        var picker = await desk.Maria.SeesAsync("на какой день поставить в план");
        Assert.Equal("пт 27.11", picker.ButtonLabels()[0]);
        await desk.Maria.PressesAsync("пт 27.11");
        await desk.Maria.SeesAsync("Готово: в плане на 27.11.2026");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SeesAsync("принята в контент-план на 27.11.2026");
        var planned = Assert.Single(desk.Submissions.InPlanBetween(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)));
        Assert.Equal(submission.Id, planned.Id);
        Assert.Equal(new DateOnly(2026, 11, 27), planned.PlannedDate);
        foreach (var coordinator in new[] { desk.Maria, desk.Oleg, bot.Admin })
        {
            var card = coordinator.Chat.Messages.Last(m => m.FromBot && m.Text.Contains($"Новость №{submission.Id}"));
            Assert.Contains("✅ В план на 27.11.2026 — Мария Первая", card.Text);
            Assert.Equal(["📜 История"], card.ButtonLabels());
        }
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_typed_date_works_and_a_past_or_impossible_one_is_refused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("Ярмарка выходного дня");
        await desk.CardAsync(desk.Maria, submission);

        await desk.Maria.PressesAsync("✅ В план");
        await desk.Maria.SeesAsync("на какой день поставить в план");
        await desk.Maria.SendsAsync("31.02");
        await desk.Maria.SeesAsync("В феврале нет 31-го числа");
        await desk.Maria.SendsAsync("20.11");
        await desk.Maria.SeesAsync("уже прошла");
        await desk.Maria.SendsStickerAsync();
        await desk.Maria.SeesAsync("Нужен текст");
        await desk.Maria.SendsAsync("02.12");
        await desk.Maria.SeesAsync("Готово: в плане на 02.12.2026");

        Assert.Equal(new DateOnly(2026, 12, 2), desk.Submissions.Find(submission.Id)!.PlannedDate);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Sent_back_corrected_and_approved_the_coordinator_sees_what_changed()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("В школе прошёл день открытых дверей");
        await desk.CardAsync(desk.Maria, submission);

        await desk.Maria.PressesAsync("✏️ На доработку");
        await desk.Maria.SeesAsync("напишите автору, что исправить");
        await desk.Maria.SendsAsync("Добавьте номер школы");
        await desk.Maria.SeesAsync("Готово: отправлено автору на доработку");
        await bot.SettledAsync();
        Assert.Single(desk.Maria.Chat.Messages, m => m.FromBot && m.Text.Contains("Готово: отправлено автору на доработку", StringComparison.Ordinal));
        await bot.OutboxIdleAsync();
        await desk.Ivan.SeesAsync("вернули на доработку");
        await desk.Ivan.SeesAsync("Комментарий координатора: Добавьте номер школы");

        await desk.Ivan.PressesAsync("✏️ Исправить");
        await desk.Ivan.SeesAsync("Пришлите исправленный текст целиком");
        await desk.Ivan.SendsAsync("В школе № 2 прошёл день открытых дверей");
        var preview = await desk.Ivan.SeesButtonAsync("📤 Отправить");
        Assert.Contains("(версия 2)", preview.Text);
        await desk.Ivan.PressesAsync("📤 Отправить");
        await desk.Ivan.SeesAsync("Исправленная новость №1 отправлена");

        var corrected = desk.Submissions.Find(submission.Id)!;
        Assert.Equal(SubmissionStatus.Submitted, corrected.Status);
        Assert.Equal(2, corrected.Versions.Count);
        var card = await desk.CardAsync(desk.Maria, corrected);
        Assert.Contains("(версия 2)", card.Text);
        Assert.Contains("+ «№ 2»", card.Text);
        await desk.Maria.PressesAsync(card, "✅ В план");
        await desk.Maria.PressesAsync("ср 25.11");
        await desk.Maria.SeesAsync("Готово: в плане на 25.11.2026");
        await bot.OutboxIdleAsync();
        await desk.Ivan.SeesAsync("принята в контент-план на 25.11.2026");
        Assert.Equal(SubmissionStatus.Scheduled, desk.Submissions.Find(submission.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Rejecting_with_a_ready_made_reason_tells_the_author_the_reason()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("Реклама магазина");
        await desk.CardAsync(desk.Maria, submission);

        await desk.Maria.PressesAsync("❌ Отклонить");
        await desk.Maria.SeesAsync("выберите причину или напишите свою");
        await desk.Maria.PressesAsync("Не по теме наших аккаунтов");
        await desk.Maria.SeesAsync("Готово: отклонено");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SeesAsync("Причина: Не по теме наших аккаунтов");
        var stored = desk.Submissions.Find(submission.Id)!;
        Assert.Equal(SubmissionStatus.Rejected, stored.Status);
        Assert.Equal("Не по теме наших аккаунтов", stored.LastDecision!.Comment);
        Assert.Contains("❌ Отклонено — Мария Первая", desk.Oleg.Chat.Messages.Last(m => m.Text.Contains("Новость №1")).Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Coordinators_edit_the_list_of_reasons_and_may_type_their_own()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("Поздравление с юбилеем");
        await desk.CardAsync(desk.Maria, submission);
        await desk.Maria.PressesAsync("❌ Отклонить");

        await desk.Maria.PressesAsync("⚙️ Изменить список причин");
        await desk.Maria.PressesAsync("🗑 Событие уже прошло");
        await desk.Maria.PressesAsync("➕ Добавить причину");
        await desk.Maria.SeesAsync("Напишите новую причину");
        await desk.Maria.SendsAsync("Личное поздравление, не для аккаунтов");
        var reasons = await desk.Maria.SeesAsync("Причина добавлена");
        Assert.Contains("Личное поздравление, не для аккаунтов", reasons.ButtonLabels());
        Assert.DoesNotContain("Событие уже прошло", reasons.ButtonLabels());
        await desk.Maria.SendsAsync("Такие тексты <не> публикуем & точка");
        await desk.Maria.SeesAsync("Готово: отклонено");

        Assert.Contains("Личное поздравление, не для аккаунтов", bot.Get<RejectionReasonRepository>().All().Select(r => r.Text));
        Assert.Equal("Такие тексты <не> публикуем & точка", desk.Submissions.Find(submission.Id)!.LastDecision!.Comment);
        await bot.OutboxIdleAsync();
        await desk.Ivan.SeesAsync("Причина: Такие тексты <не> публикуем & точка");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_coordinator_replaces_the_text_the_author_is_told_and_the_old_version_is_kept()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = await desk.SubmitTextAsync("Осуществлено проведение мероприятия");
        await desk.CardAsync(desk.Maria, submission);

        await desk.Maria.PressesAsync("📝 Править текст");
        await desk.Maria.SeesAsync("пришлите исправленный текст целиком");
        await desk.Maria.SendsAsync("Прошёл праздник во дворе");
        await desk.Maria.SeesAsync("текст новости №1 заменён");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SeesAsync("Координатор поправил текст вашей новости");
        var stored = desk.Submissions.Find(submission.Id)!;
        Assert.Equal(["Осуществлено проведение мероприятия", "Прошёл праздник во дворе"], stored.Versions.Select(v => v.Text));
        Assert.True(stored.CurrentVersion.ByCoordinator);
        var card = await desk.CardAsync(desk.Oleg, stored);
        Assert.Contains("Прошёл праздник во дворе", card.Text);
        Assert.Contains("Текст поправлен", desk.Oleg.Chat.Messages.First(m => m.Text.Contains("Новость №1")).Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_card_sent_as_a_photo_caption_is_closed_within_the_caption_limit()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;
        // Long enough that the closed card needs shortening, short enough that the open card with the
        // answers about consent still fits the caption.
        var caption = string.Concat(Enumerable.Repeat("Праздник двора. ", 60)).Trim()[..700];
        await ivan.SendsAsync("/new");
        await ivan.SendsPhotoAsync(caption);
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        await ivan.AnswersConsentAsync();
        await ivan.PressesAsync("📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");
        var submission = desk.Only();
        var card = await desk.CardAsync(desk.Oleg, submission);
        Assert.Equal("photo", card.Kind);
        Assert.Contains("🛡 Согласие на публикацию:", card.Text);

        await desk.Maria.PressesAsync(await desk.CardAsync(desk.Maria, submission), "❌ Отклонить");
        await desk.Maria.SendsAsync("Очень длинная причина отклонения, которую координатор написал сам, подробно и вежливо");
        await desk.Maria.SeesAsync("Готово: отклонено");
        await bot.OutboxIdleAsync();

        var closed = desk.Oleg.Chat.Messages.Single(m => m.MessageId == card.MessageId);
        Assert.StartsWith("❌ Отклонено — Мария Первая: Очень длинная причина", closed.Text);
        Assert.True(closed.Text.Length <= 1024);
        Assert.EndsWith("…", closed.Text);
        Assert.Equal(["📜 История"], closed.ButtonLabels());
        bot.Server.AssertNoViolations();
    }
}
