using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Rendering;

namespace PressHelperBot.Features.Style;

// The style check as this organisation has set it up: the built-in lexicon plus the entries
// coordinators added, minus the checks they turned off. A singleton; any feature may call it.
//
//   var review = styleReview.Review(text, hasVisualMedia: photosOrVideos > 0);
//   draft.RememberStyle(review.Score, notes);                 // the card shows this "Стиль: 9,5 из 10"
//   await notifier.SendAsync(chatId, review.Html, ...);       // score + marked text + advice, ≤ 4096
//   styleReview.Review(text, hasMedia, maxLength: 1024)       // when it must fit a media caption
//
// review.Report.Findings keeps offsets into `text`, for storing with a submission.
public sealed class StyleReview(StyleSettingsRepository store)
{
    private readonly Lock gate = new();
    private StyleChecker? checker;

    public StyleReviewResult Review(string text, bool hasVisualMedia, int maxLength = TelegramHtml.MessageLimit)
    {
        var report = Checker.Check(text ?? "", hasVisualMedia);
        return new StyleReviewResult(report, TelegramHtml.Render(report, maxLength));
    }

    // The same report split into chat messages so that a long text is shown whole (see
    // TelegramHtml.RenderMessages); for /style and "🔎 Проверить текст".
    public IReadOnlyList<string> ReviewAsMessages(string text, bool hasVisualMedia) =>
        TelegramHtml.RenderMessages(Checker.Check(text ?? "", hasVisualMedia));

    public StyleChecker Checker
    {
        get
        {
            lock (gate)
            {
                return checker ??= Build();
            }
        }
    }

    // Called after a coordinator changed a check or the lexicon: everyone's next check uses it.
    // Built under the lock, so of two changes made at once the later one's state is what stays.
    public void Reload()
    {
        lock (gate)
        {
            checker = Build();
        }
    }

    private StyleChecker Build()
    {
        var settings = StyleSettings.Default with { DisabledChecks = store.DisabledChecks() };
        var words = store.Words().Select(w => w.ToEntry()).ToList();
        var built = StyleChecker.CreateDefault(settings);
        return words.Count == 0 ? built : built.WithLexiconEntries(words);
    }
}

public sealed record StyleReviewResult(StyleReport Report, string Html)
{
    // 0–10 with one decimal; 10 means nothing to fix. Stored and shown as it is, never rounded
    // further: the author and the coordinator see one number.
    public double Score => Report.Score;

    public bool IsClean => Report.IsClean;
}
