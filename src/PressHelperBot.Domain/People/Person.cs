namespace PressHelperBot.Domain.People;

// A registered user of the bot, identified by the Telegram user id.
public sealed class Person
{
    private readonly List<int> departmentIds = [];

    private Person()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public Role Role { get; private set; }

    public IReadOnlyList<int> DepartmentIds
    {
        get => departmentIds;
        private set
        {
            departmentIds.Clear();
            departmentIds.AddRange(value);
        }
    }

    public bool IsBlocked { get; private set; }

    // An observer who decides on blocking users of the pages: the head or a deputy (Zhatay 4.3).
    public bool IsHead { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    // Since when Telegram refuses messages to this person (403: they blocked the bot); null while
    // they can be reached. Messages to them are dropped instead of retried.
    public DateTimeOffset? BlockedBotSince { get; private set; }

    public static Person Register(long telegramId, string name, Role role, IEnumerable<int> departmentIds, DateTimeOffset now)
    {
        if (telegramId <= 0)
        {
            throw new DomainRuleException("A person is identified by a positive Telegram user id.");
        }

        var person = new Person { Id = telegramId, Name = PersonName.Require(name), Role = role, RegisteredAt = now };
        foreach (var id in departmentIds.Distinct())
        {
            person.departmentIds.Add(id);
        }

        return person;
    }

    public void Rename(string name) => Name = PersonName.Require(name);

    public bool BelongsTo(int departmentId) => departmentIds.Contains(departmentId);

    public void JoinDepartment(int departmentId)
    {
        if (BelongsTo(departmentId))
        {
            throw new DomainRuleException($"Person {Id} is already in department {departmentId}.");
        }

        departmentIds.Add(departmentId);
    }

    public void LeaveDepartment(int departmentId)
    {
        if (!departmentIds.Remove(departmentId))
        {
            throw new DomainRuleException($"Person {Id} is not in department {departmentId}.");
        }
    }

    // Admins come from configuration, so no one becomes or stops being an admin through this method.
    public void ChangeRole(Role role)
    {
        if (role == Role.Admin || Role == Role.Admin)
        {
            throw new DomainRuleException("The admin role is given by configuration only.");
        }

        if (role == Role)
        {
            throw new DomainRuleException($"Person {Id} already has the role {role}.");
        }

        Role = role;
        if (role != Role.Observer)
        {
            // Deciding on blocks goes with the observer's role.
            IsHead = false;
        }
    }

    public void MarkAsHead()
    {
        if (Role != Role.Observer)
        {
            throw new DomainRuleException($"Person {Id} is not an observer; only an observer is marked as the head.");
        }

        IsHead = true;
    }

    public void UnmarkAsHead() => IsHead = false;

    // Called when the person appears in the configured admin list.
    public void BecomeAdmin() => Role = Role.Admin;

    // Called when the person is no longer in the configured admin list; they keep coordinating.
    public void StepDownFromAdmin()
    {
        if (Role != Role.Admin)
        {
            throw new DomainRuleException($"Person {Id} is not an admin.");
        }

        Role = Role.Coordinator;
    }

    public void Block()
    {
        if (IsBlocked)
        {
            throw new DomainRuleException($"Person {Id} is already blocked.");
        }

        IsBlocked = true;
    }

    public void Unblock()
    {
        if (!IsBlocked)
        {
            throw new DomainRuleException($"Person {Id} is not blocked.");
        }

        IsBlocked = false;
    }

    // Keeps the first time: repeated refusals do not move it.
    public void NoteBlockedBot(DateTimeOffset now) => BlockedBotSince ??= now;

    // Writing to the bot again means they unblocked it.
    public void NoteReachable() => BlockedBotSince = null;
}
