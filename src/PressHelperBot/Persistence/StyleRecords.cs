using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.Persistence;

// Id is the FindingKind's number (stable by design of the enum).
public sealed class StyleCheckSwitch
{
    public int Id { get; set; }

    public bool Enabled { get; set; }

    public long ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

// A lexicon entry a coordinator added in the chat. Category is the FindingKind's number.
public sealed class StyleWord
{
    public int Id { get; set; }

    public string Phrase { get; set; } = "";

    // Lower case, "ё" as "е", single spaces: how StyleLexicon tells two phrases are the same.
    public string PhraseKey { get; set; } = "";

    public int Category { get; set; }

    public string Suggestion { get; set; } = "";

    public string? Reason { get; set; }

    public long AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public LexiconEntry ToEntry() => new(Phrase, (FindingKind)Category, Suggestion, Reason);
}
