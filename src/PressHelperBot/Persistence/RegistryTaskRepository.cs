using LiteDB;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// Registry tasks ("внести в реестр до DD.MM") and the keys of the reminders already sent for them.
public sealed class RegistryTaskRepository(BotDatabase db)
{
    private readonly ILiteCollection<RegistryTask> tasks = db.Collection<RegistryTask>("registry_tasks");
    private readonly ILiteCollection<SentRegistryReminder> sent = db.Collection<SentRegistryReminder>("registry_reminders_sent");

    public RegistryTask? Find(int id) => tasks.FindById(id);

    public RegistryTask? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public IReadOnlyList<RegistryTask> All() => tasks.FindAll().OrderBy(t => t.Id).ToList();

    public IReadOnlyList<RegistryTask> Open() => tasks.Find(t => t.ClosedAt == null).OrderBy(t => t.DueDate).ThenBy(t => t.Id).ToList();

    public IReadOnlyList<RegistryTask> OfAccount(int accountId) => tasks.Find(t => t.AccountId == accountId).OrderBy(t => t.Id).ToList();

    public void Add(RegistryTask task) => tasks.Insert(task);

    // `closed` is the task after Close; stored only if it was still open, so of two coordinators
    // pressing ✅ at once exactly one closing is recorded.
    public bool TryClose(RegistryTask closed) => tasks.TryReplace(db.Mapper, closed, "ClosedAt = null");

    public IReadOnlySet<string> SentKeys(int taskId) =>
        sent.Find(s => s.TaskId == taskId).Select(s => s.Key).ToHashSet();

    // When each reminder of the task went out: a reminder's wording depends on the day it was sent.
    public IReadOnlyDictionary<string, DateTimeOffset> Sent(int taskId) =>
        sent.Find(s => s.TaskId == taskId).ToDictionary(s => s.Key, s => s.SentAt);

    public void MarkSent(int taskId, string key, DateTimeOffset now) =>
        sent.Upsert(new SentRegistryReminder { Key = key, TaskId = taskId, SentAt = now });
}

public sealed class SentRegistryReminder
{
    [BsonId]
    public string Key { get; set; } = "";

    public int TaskId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
