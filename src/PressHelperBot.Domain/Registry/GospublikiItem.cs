using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Registry;

// Material sent for publication through «Госпаблики» to an organisation's account (Amurzet 5.4, 6.5).
// The organisation's staff confirm the posting with a link to the post, which is then a publication of
// the account (story GospublikiStory, see Publication); one not confirmed within
// ConfirmWorkingDays working days after it was sent is reminded every working day. Storage: one
// document per item.
public sealed class GospublikiItem
{
    public const int ConfirmWorkingDays = 2;
    public const int MaxWhatLength = 300;

    [Obsolete("For the storage mapper only; use GospublikiItem.Record.")]
    public GospublikiItem()
    {
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public int DepartmentId { get; private set; }

    public string What { get; private set; } = "";

    public DateOnly SentOn { get; private set; }

    // The last day to confirm; reminders start the working day after.
    public DateOnly ConfirmBy { get; private set; }

    public long RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? Link { get; private set; }

    public long? ConfirmedById { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public static GospublikiItem Record(Account account, string? what, DateOnly sentOn, long recordedById, DateTimeOffset now, OrgCalendar calendar)
    {
        if (!account.IsActive)
        {
            throw new DomainException("Аккаунт удалён: через «Госпаблики» в него ничего не направить.");
        }
        if (!account.Checklist.Gospubliki)
        {
            throw new DomainException("Аккаунт не подключён к «Госпабликам». Сначала отметьте подключение в разделе «Безопасность аккаунтов».");
        }
        var text = string.Join(' ', (what ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0)
        {
            throw new DomainException("Напишите, что направлено: тему или заголовок материала.");
        }
        if (text.Length > MaxWhatLength)
        {
            throw new DomainException($"Описание длиннее {MaxWhatLength} знаков. Оставьте тему или заголовок.");
        }
        if (sentOn > calendar.Today(now))
        {
            throw new DomainException($"Дата {sentOn:dd.MM.yyyy} ещё не наступила. Укажите сегодняшнюю или прошедшую дату.");
        }
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new GospublikiItem
        {
            AccountId = account.Id,
            DepartmentId = account.DepartmentId,
            What = text,
            SentOn = sentOn,
            ConfirmBy = calendar.AddWorkingDays(sentOn, ConfirmWorkingDays),
            RecordedById = recordedById,
            RecordedAt = now,
        };
#pragma warning restore CS0618
    }

    // The post is already matched to this account against the registry (the feature does that with the
    // publications' matching, which needs every account); here only what the item itself guarantees.
    public void Confirm(Account account, PostLink post, long confirmedById, DateTimeOffset now)
    {
        if (account.Id != AccountId)
        {
            throw new InvalidOperationException($"Item {Id} belongs to account {AccountId}, not {account.Id}.");
        }
        if (ConfirmedAt is { } at)
        {
            throw new DomainException($"Размещение уже подтверждено {at:dd.MM.yyyy}.");
        }
        if (post.Network != account.Network)
        {
            throw new DomainException($"Это ссылка на пост в сети {SocialNetworks.Russian(post.Network)}, а материал направлен в аккаунт в сети {account.NetworkName}.");
        }
        Link = post.Url;
        ConfirmedById = confirmedById;
        ConfirmedAt = now;
    }

    public bool IsOverdue(DateTimeOffset now, OrgCalendar calendar) => !IsConfirmed && calendar.Today(now) > ConfirmBy;
}
