using DurableLiteDb;
using LiteDB;
using PressHelperBot.Domain.Audit;

namespace PressHelperBot.Persistence;

// The append-only audit log: it only adds and reads. Inside a unit of work an entry commits together
// with the change it describes, so there is never a change without its entry or the other way round.
public sealed class AuditLog
{
    private readonly ILiteCollection<AuditEntry> entries;

    public AuditLog(BotDatabase db)
    {
        entries = db.Collection<AuditEntry>("audit_log");
        entries.EnsureIndex(e => e.At);
    }

    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Id != 0)
        {
            throw new InvalidOperationException("An audit entry is written once.");
        }

        entries.Insert(entry);
    }

    // Oldest first, both ends included.
    public IReadOnlyList<AuditEntry> Between(DateTimeOffset from, DateTimeOffset to) =>
        entries.Find(Where.Between(nameof(AuditEntry.At), from.UtcDateTime, to.UtcDateTime)).OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
}
