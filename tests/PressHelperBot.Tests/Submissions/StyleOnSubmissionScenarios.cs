using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

public sealed class StyleOnSubmissionScenarios
{
    [Fact]
    public async Task An_author_may_send_an_official_text_anyway_and_its_findings_stay_with_the_submission()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);

        var submission = await desk.SubmitTextAsync(
            "В целях обеспечения доступности услуг в данном учреждении осуществляется приём граждан по вторникам.");

        var stored = desk.Submissions.Find(submission.Id)!;
        Assert.InRange(stored.StyleScore!.Value, 0, 9);
        Assert.Contains(stored.StyleNotes, note => note.Fragment.Contains("осуществляется", StringComparison.OrdinalIgnoreCase) && note.Suggestion.Length > 0);
        Assert.Contains(stored.StyleNotes, note => note.Fragment.Contains("данном", StringComparison.OrdinalIgnoreCase));
        var card = await desk.CardAsync(desk.Maria, stored);
        Assert.Contains($"Стиль: {StyleScore.Format(stored.StyleScore.Value)} из 10", card.Text);

        // What the author was told survives a restart even if coordinators later change the checks.
        await bot.RestartAsync();
        Assert.Equal(stored.StyleNotes, bot.Get<PressHelperBot.Persistence.SubmissionRepository>().Find(submission.Id)!.StyleNotes);
        bot.Server.AssertNoViolations();
    }

    // Reported: the author's check said «Стиль: 9,5 из 10» and the coordinator's card for the same
    // text «10 из 10». The score is computed once, for the preview the author reads, stored with the
    // version sent, and the card shows that number: also when the checks change and the bot restarts
    // between the preview and «Отправить», and when a correction only adds a photo.
    [Fact]
    public async Task The_author_and_the_coordinator_see_the_same_style_score()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var ivan = desk.Ivan;

        // A clean text without photos: only the «no photo or video» hint, 0.5.
        await ivan.SendsAsync("/new");
        await ivan.SendsAsync("В библиотеке открылась выставка рисунков. Приходите с детьми до конца месяца.");
        await ivan.PressesAsync("Дальше ▶");
        await ivan.PressesAsync("Без даты");
        var preview = await ivan.SeesButtonAsync("📤 Отправить");
        var check = ivan.Chat.Messages.Last(m => m.FromBot && m.Text.StartsWith("Так новость увидит координатор", StringComparison.Ordinal));
        Assert.Contains("Стиль: 9,5 из 10", check.Text);
        Assert.Contains("Стиль: 9,5 из 10", preview.Text);

        // Before Ivan presses «Отправить», the coordinators turn that hint off and the bot restarts.
        bot.Get<StyleSettingsRepository>().SetCheck(FindingKind.NoVisualMedia, enabled: false, BotUnderTest.AdminId, bot.Clock.GetUtcNow());
        await bot.RestartAsync();
        await ivan.PressesAsync(preview, "📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        var sent = desk.Only();
        Assert.Equal(9.5, sent.StyleScore);
        var card = await desk.CardAsync(desk.Maria, sent);
        Assert.Contains("Стиль: 9,5 из 10", card.Text);

        // The hint is back; Ivan corrects the news by adding a photo only, and sees 10 for it.
        bot.Get<StyleSettingsRepository>().SetCheck(FindingKind.NoVisualMedia, enabled: true, BotUnderTest.AdminId, bot.Clock.GetUtcNow());
        bot.Get<StyleReview>().Reload();
        await ivan.SendsAsync("/my");
        await ivan.SeesAsync("Ваши новости");
        await ivan.PressesAsync($"№{sent.Id} · на рассмотрении · В библиотеке открылась выставка рисунков");
        await ivan.PressesAsync("✏️ Исправить");
        await ivan.PressesAsync("📎 Добавить файлы");
        await ivan.SendsPhotoAsync();
        await ivan.SeesAsync("Прикреплено файлов: 1 из 10");
        await ivan.PressesAsync("Дальше ▶");
        var corrected = await ivan.AnswersConsentAsync();
        Assert.Contains("Стиль: 10 из 10", corrected.Text);
        await ivan.PressesAsync(corrected, "📤 Отправить");
        await ivan.SeesAsync("Исправленная новость");

        Assert.Equal(10, desk.Submissions.Find(sent.Id)!.StyleScore);
        await bot.OutboxIdleAsync();
        var newCard = desk.Maria.Chat.Messages.Last(m => m.FromBot && m.Text.Contains($"Новость №{sent.Id}", StringComparison.Ordinal));
        Assert.Contains("Стиль: 10 из 10", newCard.Text);
        bot.Server.AssertNoViolations();
    }
}
