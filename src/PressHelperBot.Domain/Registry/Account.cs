using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// An entry of the registry of accounts. Storage: one document per account with its events inside;
// Id is 0 until the store assigns it. Reporting an event returns it so the caller can open a
// RegistryTask for it (created and deleted do; a change of the responsible person does not).
public sealed class Account
{
    public const int MaxNameLength = 200;
    public const int MaxNetworkNameLength = 60;

    private List<AccountEvent> events = [];

    [Obsolete("For the storage mapper only; use Account.Register.")]
    public Account()
    {
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public SocialNetwork Network { get; private set; }

    public string? OtherNetworkName { get; private set; }

    public string Link { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly CreatedOn { get; private set; }

    public DateOnly? DeletedOn { get; private set; }

    public ResponsiblePerson Responsible { get; private set; } = new("", "", "");

    public SecurityChecklist Checklist { get; private set; } = SecurityChecklist.Empty;

    // What the page shows (PageRequisites); documents from before it read as nothing ticked.
    public PageRequisites Requisites { get; private set; } = PageRequisites.Empty;

    // Who holds the login, whose phone or e-mail the account is bound to, when access last changed.
    public AccountAccess Access { get; private set; } = AccountAccess.Unknown;
    // Publications a week this account is expected to carry (issue 13); null: the default for the
    // kind of its department (Quotas.AccountFrequency.Default), so a new account needs no setting.
    public int? WeeklyFrequency { get; private set; }

    public IReadOnlyList<AccountEvent> Events { get => events; private set => events = [.. value]; }

    public bool IsActive => DeletedOn is null;

    public string NetworkName => Network == SocialNetwork.Other ? OtherNetworkName ?? "" : SocialNetworks.Russian(Network);

    public static Account Register(
        int departmentId,
        SocialNetwork network,
        string? otherNetworkName,
        string link,
        string name,
        DateOnly createdOn,
        ResponsiblePerson responsible,
        long reportedById,
        DateTimeOffset now,
        OrgCalendar calendar)
    {
        var check = AccountLink.Check(network, link);
        if (!check.IsValid)
        {
            throw new DomainException(check.Error!);
        }
        if (network == SocialNetwork.Other && string.IsNullOrWhiteSpace(otherNetworkName))
        {
            throw new DomainException("Напишите название социальной сети.");
        }
        if (network == SocialNetwork.Other && otherNetworkName!.Trim().Length > MaxNetworkNameLength)
        {
            throw new DomainException($"Название сети длиннее {MaxNetworkNameLength} знаков. Напишите короче.");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Укажите название аккаунта.");
        }
        if (name.Trim().Length > MaxNameLength)
        {
            throw new DomainException($"Название длиннее {MaxNameLength} знаков. Напишите так, как оно показано в сети.");
        }
        RequireNotFuture(createdOn, now, calendar);
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        var account = new Account
        {
            DepartmentId = departmentId,
            Network = network,
            OtherNetworkName = network == SocialNetwork.Other ? otherNetworkName!.Trim() : null,
            Link = check.Link!,
            Name = name.Trim(),
            CreatedOn = createdOn,
            Responsible = responsible,
        };
#pragma warning restore CS0618
        account.events.Add(new AccountEvent(AccountEventKind.Created, createdOn, reportedById, now, null));
        return account;
    }

    public AccountEvent MarkDeleted(DateOnly deletedOn, long reportedById, DateTimeOffset now, OrgCalendar calendar)
    {
        if (DeletedOn is { } already)
        {
            throw new DomainException($"Аккаунт уже отмечен удалённым {already:dd.MM.yyyy}.");
        }
        RequireNotFuture(deletedOn, now, calendar);
        if (deletedOn < CreatedOn)
        {
            throw new DomainException($"Аккаунт создан {CreatedOn:dd.MM.yyyy}: удалить его раньше нельзя.");
        }
        DeletedOn = deletedOn;
        return Add(new AccountEvent(AccountEventKind.Deleted, deletedOn, reportedById, now, null));
    }

    public AccountEvent ChangeResponsible(ResponsiblePerson person, long reportedById, DateTimeOffset now, OrgCalendar calendar)
    {
        if (!IsActive)
        {
            throw new DomainException("Аккаунт удалён: ответственного у него больше нет.");
        }
        if (person == Responsible)
        {
            throw new DomainException("Этот человек уже ответственный за аккаунт.");
        }
        var previous = Responsible;
        Responsible = person;
        return Add(new AccountEvent(AccountEventKind.ResponsibleChanged, calendar.Today(now), reportedById, now,
            $"{previous.Name} → {person.Name}"));
    }

    public void UpdateChecklist(SecurityChecklist checklist) => Checklist = checklist;

    public void UpdateRequisites(PageRequisites requisites) => Requisites = requisites;

    public void RecordLoginHolder(LoginHolder holder) => Access = RequireActive() with { Holder = holder };

    public void RecordBinding(AccountBinding binding) => Access = RequireActive() with { Binding = binding };

    // The passwords and the binding were changed on `on` (e.g. after the responsible person left).
    public void RecordAccessChanged(DateOnly on, DateTimeOffset now, OrgCalendar calendar)
    {
        RequireActive();
        RequireNotFuture(on, now, calendar);
        if (on < CreatedOn)
        {
            throw new DomainException($"Аккаунт создан {CreatedOn:dd.MM.yyyy}: доступ не мог смениться раньше.");
        }
        Access = Access with { ChangedOn = on };
    }

    private AccountAccess RequireActive() =>
        IsActive ? Access : throw new DomainException("Аккаунт удалён: доступ к нему больше не ведётся.");

    public void ChangeWeeklyFrequency(int frequency)
    {
        if (frequency is < 0 or > Quotas.AccountFrequency.Max)
        {
            throw new DomainException($"Нужно целое число от 0 до {Quotas.AccountFrequency.Max}: сколько публикаций в неделю.");
        }
        WeeklyFrequency = frequency;
    }

    private AccountEvent Add(AccountEvent accountEvent)
    {
        events.Add(accountEvent);
        return accountEvent;
    }

    private static void RequireNotFuture(DateOnly date, DateTimeOffset now, OrgCalendar calendar)
    {
        if (date > calendar.Today(now))
        {
            throw new DomainException($"Дата {date:dd.MM.yyyy} ещё не наступила. Укажите сегодняшнюю или прошедшую дату.");
        }
    }
}
