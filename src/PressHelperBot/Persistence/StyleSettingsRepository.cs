using LiteDB;
using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.Persistence;

// What coordinators changed in the style check: checks turned off and their own lexicon entries.
// The built-in lexicon is a file in PressHelperBot.StyleCheck and is never copied here.
public sealed class StyleSettingsRepository(BotDatabase db)
{
    private readonly ILiteCollection<StyleCheckSwitch> switches = db.Collection<StyleCheckSwitch>("style_checks");
    private readonly ILiteCollection<StyleWord> words = db.Collection<StyleWord>("style_words");

    public IReadOnlySet<FindingKind> DisabledChecks() =>
        switches.Find(s => !s.Enabled).Select(s => (FindingKind)s.Id).ToHashSet();

    // One document per check, so two coordinators toggling different checks never overwrite each other.
    public void SetCheck(FindingKind kind, bool enabled, long changedBy, DateTimeOffset now) =>
        switches.Upsert(new StyleCheckSwitch { Id = (int)kind, Enabled = enabled, ChangedBy = changedBy, ChangedAt = now });

    public IReadOnlyList<StyleWord> Words() => words.FindAll().OrderBy(w => w.Id).ToList();

    public StyleWord? FindWord(int id) => words.FindById(id);

    // A phrase added again replaces the earlier entry, as StyleLexicon.With does for built-in ones.
    public StyleWord AddWord(LexiconEntry entry, long addedBy, DateTimeOffset now)
    {
        var key = StyleLexicon.PhraseKey(entry.Phrase);
        words.DeleteMany(w => w.PhraseKey == key);
        var word = new StyleWord
        {
            Phrase = entry.Phrase,
            PhraseKey = key,
            Category = (int)entry.Category,
            Suggestion = entry.Suggestion,
            Reason = entry.Reason,
            AddedBy = addedBy,
            AddedAt = now,
        };
        words.Insert(word);
        return word;
    }

    public bool DeleteWord(int id) => words.Delete(id);
}
