using System.Globalization;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Moderation;

// What was entered so far about a violation, kept in the stored conversation (so a restart continues
// at the same step): plain strings, read back into a ViolationEntry at the end.
internal static class ViolationEntryState
{
    public const string Link = "link";
    public const string Network = "net";
    public const string Profiles = "profiles";
    public const string Name = "name";
    public const string Type = "type";
    public const string Note = "note";
    public const string Measure = "measure";
    public const string EvidenceText = "evtext";
    public const string Evidence = "ev";
    public const string AlbumAnswer = "album:";

    public static void AddEvidence(ConversationState state, MediaItem item)
    {
        var items = EvidenceOf(state);
        if (items.Any(m => m.MessageId == item.MessageId) || items.Count >= Album.MaxMedia)
        {
            return;
        }

        state.Values[Evidence] = string.Join('|', items.Append(item).Select(m => string.Create(CultureInfo.InvariantCulture, $"{(int)m.Kind}:{m.MessageId}:{m.FileId}")));
    }

    public static IReadOnlyList<MediaItem> EvidenceOf(ConversationState state) =>
        [.. (state.Value(Evidence) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Parse).OfType<MediaItem>()];

    public static void AddEvidenceText(ConversationState state, string text)
    {
        var before = state.Value(EvidenceText);
        state.Values[EvidenceText] = string.IsNullOrEmpty(before) ? text.Trim() : before + "\n" + text.Trim();
    }

    public static ViolationEntry? Read(ConversationState state)
    {
        if (state.Value(Link) is not { Length: > 0 } link
            || !Enum.TryParse<SocialNetwork>(state.Value(Network), out var network)
            || (state.Value(Profiles) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 0 } profiles
            || !Enum.TryParse<ViolationType>(state.Value(Type), out var type)
            || !Enum.TryParse<ModerationMeasure>(state.Value(Measure), out var measure))
        {
            return null;
        }

        return new ViolationEntry(link, network, profiles, state.Value(Name) ?? "", type, state.Value(Note) ?? "", measure,
            state.Value(EvidenceText) ?? "", EvidenceOf(state));
    }

    private static MediaItem? Parse(string text)
    {
        var parts = text.Split(':', 3);
        return parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var kind) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var messageId)
            ? new MediaItem(parts[2], (MediaKind)kind, messageId, null)
            : null;
    }
}
