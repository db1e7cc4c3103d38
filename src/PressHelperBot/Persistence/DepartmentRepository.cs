using LiteDB;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

public sealed class DepartmentRepository(BotDatabase db)
{
    private readonly ILiteCollection<Department> departments = db.Collection<Department>("departments");

    public Department? Find(int id) => departments.FindById(id);

    // Inside a unit of work: takes the writer's gate first (see PeopleRepository.FindForUpdate).
    public Department? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public IReadOnlyList<Department> All() =>
        departments.FindAll().OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList();

    // The names of those that still exist, in the given order.
    public IReadOnlyList<string> NamesOf(IEnumerable<int> ids) => ids.Select(Find).OfType<Department>().Select(d => d.Name).ToList();

    public bool NameTaken(string name, int exceptId = 0) =>
        departments.FindAll().Any(d => d.Id != exceptId && string.Equals(d.Name, name, StringComparison.CurrentCultureIgnoreCase));

    public void Add(Department department) => departments.Insert(department);

    public void Save(Department department) => departments.Update(department);

    public bool Delete(int id) => departments.Delete(id);
}
