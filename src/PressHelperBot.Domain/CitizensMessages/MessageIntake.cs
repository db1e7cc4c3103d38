using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.CitizensMessages;

public enum IntakeAddOutcome
{
    Added,
    AlreadyThere,
    TooMany,
    TooLong,
}

// A citizen's message while a coordinator (or a page's watcher) is entering it: everything pasted or
// forwarded, text and files, then the link, the author and the kind. Stored at every step, so a restart
// continues where it was. Anything pasted is accepted: several texts are joined, photos and documents
// are kept apart (Telegram cannot put them in one album), each up to an album's ten.
public sealed class MessageIntake
{
    // Far beyond any comment; it only keeps one document from growing without end.
    public const int MaxTextLength = 30_000;

    private List<MediaItem> media = [];

    [Obsolete("For the storage mapper only; use MessageIntake.Start.")]
    public MessageIntake()
    {
    }

    public long UserId { get; private set; }

    // LiteDB stores "" as null (BsonMapper.EmptyStringToNull): read back as "".
    public string Text { get; private set => field = value ?? ""; } = "";

    public IReadOnlyList<MediaItem> Media { get => media; private set => media = [.. value]; }

    // The name Telegram gave for a forwarded message's sender, offered as the author's name.
    public string? ForwardedFrom { get; private set; }

    public string? Link { get; private set; }

    public SocialNetwork Network { get; private set; }

    public string? AuthorName { get; private set; }

    public string? AuthorProfile { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public bool HasContent => Text.Length > 0 || media.Count > 0;

    public static MessageIntake Start(long userId, DateTimeOffset now)
    {
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new MessageIntake { UserId = userId, StartedAt = now };
#pragma warning restore CS0618
    }

    public IntakeAddOutcome AddText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || Text.EndsWith(trimmed, StringComparison.Ordinal))
        {
            // A caption repeated on every part of an album, or nothing at all.
            return IntakeAddOutcome.AlreadyThere;
        }

        var joined = Text.Length == 0 ? trimmed : Text + "\n\n" + trimmed;
        if (joined.Length > MaxTextLength)
        {
            return IntakeAddOutcome.TooLong;
        }

        Text = joined;
        return IntakeAddOutcome.Added;
    }

    public IntakeAddOutcome AddMedia(MediaItem item)
    {
        if (media.Any(m => m.MessageId == item.MessageId))
        {
            return IntakeAddOutcome.AlreadyThere;
        }

        if (media.Count(m => Album.CanGroup(m.Kind, item.Kind)) >= Album.MaxMedia)
        {
            return IntakeAddOutcome.TooMany;
        }

        media = [.. Album.Order(media.Append(item)).Select((m, i) => m with { Position = i })];
        return IntakeAddOutcome.Added;
    }

    public void NoteForwardedFrom(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            ForwardedFrom ??= name.Trim();
        }
    }

    public void SetLink(string link, SocialNetwork network)
    {
        Link = link;
        Network = network;
    }

    public void SetAuthorName(string name) => AuthorName = People.PersonName.Require(name);

    public void SetAuthorProfile(string profile) => AuthorProfile = profile;

    public CitizenMessage ToMessage(MessageKind kind, DateTimeOffset now) =>
        CitizenMessage.Receive(kind, Network, Link ?? "", AuthorName ?? "", AuthorProfile ?? "", Text, media, UserId, now);

    // The photos and videos (one album) and the documents (another), as Telegram can send them.
    public static (IReadOnlyList<MediaItem> Visual, IReadOnlyList<MediaItem> Documents) Split(IEnumerable<MediaItem> items)
    {
        var all = items.ToList();
        return ([.. all.Where(m => m.Kind != MediaKind.Document)], [.. all.Where(m => m.Kind == MediaKind.Document)]);
    }
}
