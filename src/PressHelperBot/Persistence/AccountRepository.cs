using LiteDB;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// The registry of accounts: one document per account, its events embedded.
public sealed class AccountRepository(BotDatabase db)
{
    private readonly ILiteCollection<Account> accounts = db.Collection<Account>("registry_accounts");

    public Account? Find(int id) => accounts.FindById(id);

    // Read under the writer's gate (UnitOfWork.BeginWrite): nobody else changes the account before this
    // unit commits, so a Save after it writes over nothing newer.
    public Account? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public IReadOnlyList<Account> All() => accounts.FindAll().OrderBy(a => a.Id).ToList();

    public IReadOnlyList<Account> InDepartment(int departmentId) =>
        accounts.Find(a => a.DepartmentId == departmentId).OrderBy(a => a.Id).ToList();

    public IReadOnlyList<Account> ActiveIn(int departmentId) => InDepartment(departmentId).Where(a => a.IsActive).ToList();

    public void Add(Account account) => accounts.Insert(account);

    public void Save(Account account) => accounts.Update(account);

    // Stored only if the account is still active: two people reporting the same deletion at once
    // open one registry task, and a change of the responsible person cannot undo a deletion.
    public bool TrySaveWhileActive(Account account) => accounts.TryReplace(db.Mapper, account, "DeletedOn = null");

    // Only the checklist field, so a toggle never writes back an older copy of the rest.
    public void SaveChecklist(int accountId, SecurityChecklist checklist) =>
        accounts.UpdateMany(
            // Cast: a BsonDocument argument alone would be read as the named-parameter overload.
            BsonExpression.Create("{ Checklist: @0 }", (BsonValue)db.Mapper.ToDocument(checklist)),
            BsonExpression.Create("_id = @0", accountId));
}
