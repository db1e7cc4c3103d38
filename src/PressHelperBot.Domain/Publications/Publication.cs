using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Publications;

// A publication is a fact (issue 13): a post in a registered account, at a link, that went out on
// a local date, reported by someone, fulfilling a plan item or not. A plan item published in VK and
// in OK has two publications of one story; the story is what a department's weekly count counts
// once, while each account counts its own. Storage: one document each, Key unique, so the same post
// reported twice (in any of its link forms) is stored once.
public sealed class Publication
{
    // How far back a publication may be reported: last month's report is what the head reads.
    public const int MaxDaysBack = 31;

    [Obsolete("For the storage mapper only; use Publication.Record.")]
    public Publication()
    {
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    // The department whose work the story is: the plan item's, or the account's for news outside the plan.
    public int DepartmentId { get; private set; }

    public SocialNetwork Network { get; private set; }

    public string Url { get; private set; } = "";

    public string Key { get; private set; } = "";

    public DateOnly PublishedOn { get; private set; }

    public long ReportedById { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public int? SubmissionId { get; private set; }

    // "plan:<submission id>" for a plan item; "gospubliki:<item id>" for a confirmed «Госпаблики» item;
    // for news outside the plan, one per report.
    public string Story { get; private set; } = "";

    public PublicationFormat Format { get; private set; } = PublicationFormat.News;

    // A channel's album forwarded to the bot arrives as one message per photo; all of them are this
    // one post, recognised by the album's id.
    public string? Album { get; private set; }

    public static string PlanStory(int submissionId) => $"plan:{submissionId}";

    // Material sent through «Госпаблики» and confirmed by the organisation is its own story.
    public static string GospublikiStory(int itemId) => $"gospubliki:{itemId}";

    // The update that began the report makes the story unique: two reports started within one
    // millisecond (or on a frozen test clock) are still two stories; the time keeps it unique even if
    // Telegram restarts its update numbering.
    public static string NewsStory(long reporterId, DateTimeOffset now, long updateId) => $"news:{reporterId}:{now.ToUnixTimeMilliseconds()}:{updateId}";

    public static Publication Record(
        Account account,
        PostLink link,
        DateOnly publishedOn,
        long reportedById,
        int departmentId,
        int? submissionId,
        string story,
        PublicationFormat format,
        DateTimeOffset now,
        OrgCalendar calendar,
        string? album = null)
    {
        if (account.DeletedOn is { } deleted)
        {
            throw new DomainException($"Аккаунт удалён из реестра {deleted:dd.MM.yyyy}: новые публикации в нём не отмечаются.");
        }
        if (link.Network != account.Network)
        {
            throw new DomainException($"Это ссылка на пост в сети {SocialNetworks.Russian(link.Network)}, а аккаунт — в сети {account.NetworkName}.");
        }
        PublicationDate.Require(publishedOn, now, calendar);
        if (publishedOn < account.CreatedOn)
        {
            throw new DomainException($"Аккаунт создан {account.CreatedOn:dd.MM.yyyy}: публикации от {publishedOn:dd.MM.yyyy} в нём быть не может.");
        }
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new Publication
        {
            AccountId = account.Id,
            DepartmentId = departmentId,
            Network = link.Network,
            Url = link.Url,
            Key = link.Key,
            PublishedOn = publishedOn,
            ReportedById = reportedById,
            ReportedAt = now,
            SubmissionId = submissionId,
            Story = story,
            Format = format,
            Album = album,
        };
#pragma warning restore CS0618
    }

    public void ChangeFormat(PublicationFormat format) => Format = Enum.IsDefined(format)
        ? format
        : throw new DomainException("Такого формата нет.");
}
