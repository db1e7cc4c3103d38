using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Style;

// StyleReview on a real LiteDB file, without Telegram: what the submission preview relies on.
public sealed class StyleReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_coordinator_word_replaces_the_built_in_advice_until_it_is_deleted()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var store = new StyleSettingsRepository(db);
        var review = new StyleReview(store);
        const string Text = "Перекроем улицу в целях обеспечения порядка.";
        Assert.Contains("Проще: чтобы</i>", review.Review(Text, hasVisualMedia: true).Html);

        var word = store.AddWord(new("в целях обеспечения", FindingKind.Bureaucratese, "чтобы был"), 1, Now);
        review.Reload();
        Assert.Contains("Проще: чтобы был</i>", review.Review(Text, hasVisualMedia: true).Html);

        store.DeleteWord(word.Id);
        review.Reload();
        Assert.Contains("Проще: чтобы</i>", review.Review(Text, hasVisualMedia: true).Html);
    }

    [Fact]
    public void The_same_phrase_added_twice_is_kept_once_with_the_later_advice()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var store = new StyleSettingsRepository(db);

        store.AddWord(new("уютная атмосфера", FindingKind.Cliche, "тепло"), 1, Now);
        store.AddWord(new("Уютная  атмосфера", FindingKind.EmptyWords, "было тепло"), 2, Now);

        var word = Assert.Single(store.Words());
        Assert.Equal(("было тепло", (int)FindingKind.EmptyWords, 2L), (word.Suggestion, word.Category, word.AddedBy));
    }

    [Fact]
    public void Settings_stored_by_one_process_apply_in_the_next_and_the_score_drops_with_findings()
    {
        using var temp = new TempDatabase();
        const string Text = "Мероприятие было проведено!!!";
        double before;
        using (var db = temp.Open())
        {
            var store = new StyleSettingsRepository(db);
            before = new StyleReview(store).Review(Text, hasVisualMedia: true).Score;
            store.SetCheck(FindingKind.Passive, enabled: false, 1, Now);
            store.SetCheck(FindingKind.Exclamations, enabled: false, 1, Now);
            store.SetCheck(FindingKind.Exclamations, enabled: true, 1, Now);
        }

        using var reopened = temp.Open();
        var review = new StyleReview(new StyleSettingsRepository(reopened)).Review(Text, hasVisualMedia: true);

        Assert.DoesNotContain(review.Report.Findings, f => f.Kind == FindingKind.Passive);
        Assert.Contains(review.Report.Findings, f => f.Kind == FindingKind.Exclamations);
        Assert.True(review.Score > before, $"{review.Score} > {before}");
    }
}
