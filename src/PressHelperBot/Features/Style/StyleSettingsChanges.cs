using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.Features.Style;

// Changes to the style check that apply to everyone: a check on or off, words added to the lexicon or
// removed. Stored first; the shared checker is rebuilt from what is stored. Free of Telegram.
internal sealed class StyleSettingsChanges(StyleSettingsRepository store, StyleReview review)
{
    public void SetCheck(FindingKind kind, bool enabled, Actor actor, DateTimeOffset now)
    {
        store.SetCheck(kind, enabled, actor.Id, now);
        review.Reload();
    }

    // False when the word was deleted already (by another coordinator, or a second press).
    public bool DeleteWord(int wordId)
    {
        var deleted = store.DeleteWord(wordId);
        review.Reload();
        return deleted;
    }

    public void AddWords(IEnumerable<LexiconEntry> entries, Actor actor, DateTimeOffset now)
    {
        foreach (var entry in entries)
        {
            store.AddWord(entry, actor.Id, now);
        }

        review.Reload();
    }
}
