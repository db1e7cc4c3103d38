using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

public enum RegistryTaskKind
{
    // "Внести в реестр до DD.MM" (Kletnya 2).
    Entry,

    // "Сменить доступ до DD.MM": the responsible person changed, so the logins they held and the
    // phone or e-mail the account is bound to must change too (Amurzet 5.2, 6.3; Zhatay 2.1-2.2).
    AccessChange,
}

// A deadline of the registry, reminded by the sweep. An entry task for the coordinators per created or
// deleted event: an account created and deleted within the 10 days gets two tasks, because the
// registry (and the site that publishes it) must show both facts, each with its own deadline; a
// coordinator closes them separately. An access task per change of the responsible person, closed when
// someone records that access was changed. Storage: one document per task, Id assigned by the store
// (documents from before access tasks have no Kind and read as Entry); reminders already sent are
// recorded by their keys (see RegistryReminders) outside the task.
public sealed class RegistryTask
{
    [Obsolete("For the storage mapper only; use RegistryTask.Open.")]
    public RegistryTask()
    {
    }

    public int Id { get; private set; }

    public RegistryTaskKind Kind { get; private set; }

    public int AccountId { get; private set; }

    public int DepartmentId { get; private set; }

    public AccountEventKind EventKind { get; private set; }

    public DateOnly EventDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public long? ClosedById { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public static bool IsNeededFor(AccountEventKind kind) => kind is AccountEventKind.Created or AccountEventKind.Deleted;

    public static RegistryTask Open(
        int accountId,
        int departmentId,
        AccountEvent accountEvent,
        DeadlineMode mode,
        DateTimeOffset now,
        OrgCalendar calendar)
    {
        if (!IsNeededFor(accountEvent.Kind))
        {
            throw new DomainException("Смена ответственного не требует записи в реестр в течение 10 дней.");
        }
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new RegistryTask
        {
            AccountId = accountId,
            DepartmentId = departmentId,
            EventKind = accountEvent.Kind,
            EventDate = accountEvent.Date,
            DueDate = RegistryDeadline.DueDate(accountEvent.Date, mode, calendar),
            OpenedAt = now,
        };
#pragma warning restore CS0618
    }

    // The access of an account whose responsible person changed is to be changed within `days` (calendar
    // or working days, as registry deadlines are counted).
    public static RegistryTask OpenAccessChange(
        int accountId,
        int departmentId,
        AccountEvent change,
        int days,
        DeadlineMode mode,
        DateTimeOffset now,
        OrgCalendar calendar)
    {
        if (change.Kind != AccountEventKind.ResponsibleChanged)
        {
            throw new DomainException("Сменить доступ нужно, когда сменился ответственный.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new RegistryTask
        {
            Kind = RegistryTaskKind.AccessChange,
            AccountId = accountId,
            DepartmentId = departmentId,
            EventKind = change.Kind,
            EventDate = change.Date,
            DueDate = mode == DeadlineMode.WorkingDays ? calendar.AddWorkingDays(change.Date, days) : change.Date.AddDays(days),
            OpenedAt = now,
        };
#pragma warning restore CS0618
    }

    // LiteDB assigns the id itself on insert; this is for stores that hand ids out on their own.
    public void AssignId(int id)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException($"The task already has id {Id}.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        Id = id;
    }

    public void Close(long coordinatorId, DateTimeOffset now)
    {
        if (IsClosed)
        {
            throw new DomainException($"Задача уже закрыта {ClosedAt:dd.MM.yyyy HH:mm}.");
        }
        ClosedAt = now;
        ClosedById = coordinatorId;
    }

    public bool IsOverdue(DateTimeOffset now, OrgCalendar calendar) => !IsClosed && calendar.Today(now) > DueDate;

    // Positive: days left; 0: due today; negative: days overdue.
    public int DaysLeft(DateTimeOffset now, OrgCalendar calendar) => DueDate.DayNumber - calendar.Today(now).DayNumber;
}
