using LiteDB;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Persistence;

// The registry of accounts: one document per account, its events embedded.
public sealed class AccountRepository(BotDatabase db)
{
    private readonly ILiteCollection<Account> accounts = db.Collection<Account>("registry_accounts");

    public Account? Find(int id) => accounts.FindById(id);

    public IReadOnlyList<Account> All() => accounts.FindAll().OrderBy(a => a.Id).ToList();

    public IReadOnlyList<Account> InDepartment(int departmentId) =>
        accounts.Find(a => a.DepartmentId == departmentId).OrderBy(a => a.Id).ToList();

    public IReadOnlyList<Account> ActiveIn(int departmentId) => InDepartment(departmentId).Where(a => a.IsActive).ToList();

    public void Add(Account account) => accounts.Insert(account);

    public void Save(Account account) => accounts.Update(account);

    // `deleted` is the account after MarkDeleted; stored only if it was still active, so two people
    // reporting the same deletion at once open one registry task.
    public bool TrySaveDeletion(Account deleted) => accounts.TryReplace(db.Mapper, deleted, "DeletedOn = null");
}
