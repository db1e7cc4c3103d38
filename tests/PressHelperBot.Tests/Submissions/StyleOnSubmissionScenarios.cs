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
        Assert.Contains($"Стиль: {stored.StyleScore} из 10", card.Text);

        // What the author was told survives a restart even if coordinators later change the checks.
        await bot.RestartAsync();
        Assert.Equal(stored.StyleNotes, bot.Get<PressHelperBot.Persistence.SubmissionRepository>().Find(submission.Id)!.StyleNotes);
        bot.Server.AssertNoViolations();
    }
}
