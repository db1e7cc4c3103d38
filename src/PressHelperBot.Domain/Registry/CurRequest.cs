using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// A request of the regional ЦУР for information about the accounts (Amurzet 5.3, 6.4): what is asked
// and by when. The answer is assembled from the registry; once sent it is kept with the request
// (AnsweredAt, AnswerFileName; the file itself is stored beside it). Storage: one document per request.
public sealed class CurRequest
{
    public const int MaxSubjectLength = 1000;

    [Obsolete("For the storage mapper only; use CurRequest.Record.")]
    public CurRequest()
    {
    }

    public int Id { get; private set; }

    public string Subject { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    public long RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public long? AnsweredById { get; private set; }

    public string? AnswerFileName { get; private set; }

    public bool IsOpen => AnsweredAt is null;

    public static CurRequest Record(string? subject, DateOnly dueDate, long recordedById, DateTimeOffset now, OrgCalendar calendar)
    {
        var text = (subject ?? "").Trim();
        if (text.Length == 0)
        {
            throw new DomainException("Напишите, что запрашивает ЦУР.");
        }
        if (text.Length > MaxSubjectLength)
        {
            throw new DomainException($"Текст запроса длиннее {MaxSubjectLength} знаков. Сократите его или оставьте главное.");
        }
        if (dueDate < calendar.Today(now))
        {
            throw new DomainException($"Дата {dueDate:dd.MM.yyyy} уже прошла. Укажите срок ответа: сегодня или позже.");
        }
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new CurRequest { Subject = text, DueDate = dueDate, RecordedById = recordedById, RecordedAt = now };
#pragma warning restore CS0618
    }

    public void MarkAnswered(string fileName, long answeredById, DateTimeOffset now)
    {
        if (AnsweredAt is { } at)
        {
            throw new DomainException($"Ответ на этот запрос уже отправлен {at:dd.MM.yyyy}.");
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        AnsweredAt = now;
        AnsweredById = answeredById;
        AnswerFileName = fileName;
    }

    public bool IsOverdue(DateTimeOffset now, OrgCalendar calendar) => IsOpen && calendar.Today(now) > DueDate;
}
