using LiteDB;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

public sealed class PeopleRepository(BotDatabase db)
{
    private readonly ILiteCollection<Person> people = db.Collection<Person>("people");

    public Person? Find(long telegramId) => people.FindById(telegramId);

    // Inside a unit of work: takes the writer's gate first, so nobody changes the person between this
    // read and the save (two admins pressing at once are served one after the other).
    public Person? FindForUpdate(long telegramId)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(telegramId);
    }

    public IReadOnlyList<Person> All() => people.FindAll().OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();

    // Coordinators and admins who can decide requests; blocked people get nothing.
    public IReadOnlyList<Person> Coordinators() =>
        people.Find(p => (p.Role == Role.Coordinator || p.Role == Role.Admin) && !p.IsBlocked).ToList();

    public IReadOnlyList<Person> InDepartment(int departmentId) =>
        people.FindAll().Where(p => p.BelongsTo(departmentId)).ToList();

    public void Save(Person person) => people.Upsert(person);

    // Adds the person only when nobody has registered that id meanwhile.
    public bool TryAdd(Person person)
    {
        try
        {
            people.Insert(person);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }
}
