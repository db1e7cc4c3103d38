using PressHelperBot.Domain.Audit;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.Features.Style;

// A coordinator's change to the style check (a check on or off, a word added or removed) as one
// change: stored, written to the audit log in the same unit of work, and applied to everyone's check.
// Free of Telegram; the handlers answer only after it.
internal sealed class StyleSettingsChanges(StyleSettingsRepository store, StyleReview review, AuditLog audit)
{
    public void SetCheck(FindingKind kind, bool enabled, Actor actor, DateTimeOffset now)
    {
        var wasEnabled = !store.DisabledChecks().Contains(kind);
        store.SetCheck(kind, enabled, actor.Id, now);
        Record(AuditEntry.Change(now, actor.Id, actor.Name, AuditArea.StyleSettings, StyleTexts.CheckSubject(kind), StyleTexts.OnOff(wasEnabled), StyleTexts.OnOff(enabled)));
        review.Reload();
    }

    public void AddWords(IReadOnlyList<LexiconEntry> entries, Actor actor, DateTimeOffset now)
    {
        foreach (var entry in entries)
        {
            var key = StyleLexicon.PhraseKey(entry.Phrase);
            var replaced = store.Words().FirstOrDefault(word => word.PhraseKey == key);
            store.AddWord(entry, actor.Id, now);
            Record(AuditEntry.Change(
                now, actor.Id, actor.Name, AuditArea.StyleSettings, StyleTexts.WordSubject(entry.Phrase),
                replaced is null ? StyleTexts.NoWord : StyleTexts.Plain(replaced.ToEntry()), StyleTexts.Plain(entry)));
        }

        review.Reload();
    }

    // False when the word is gone already (deleted by someone else, an old button).
    public bool DeleteWord(int id, Actor actor, DateTimeOffset now)
    {
        if (store.FindWord(id) is not { } word || !store.DeleteWord(id))
        {
            return false;
        }

        Record(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.StyleSettings, StyleTexts.WordSubject(word.Phrase), StyleTexts.Plain(word.ToEntry()), StyleTexts.NoWord));
        review.Reload();
        return true;
    }

    private void Record(AuditEntry? entry)
    {
        if (entry is not null)
        {
            audit.Append(entry);
        }
    }
}
