using LiteDB;
using PressHelperBot.Persistence;

namespace PressHelperBot.Jobs.Outbox;

// The "outbox" collection. Updates touch only their own fields (LiteDB's UpdateMany extends the
// stored document), so an Edit from a feature and the progress of a delivery never overwrite
// each other.
internal sealed class OutboxStore
{
    private readonly BotDatabase db;
    private readonly ILiteCollection<OutboxRecord> records;

    public OutboxStore(BotDatabase db)
    {
        this.db = db;
        records = db.Collection<OutboxRecord>("outbox");
        records.EnsureIndex(r => r.Status);
    }

    public OutboxRecord? Find(string key) => records.FindById(key);

    // False when the key is already taken.
    public bool TryAdd(OutboxRecord record)
    {
        try
        {
            records.Insert(record);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public IReadOnlyList<OutboxRecord> Queued() => records.Find(r => r.Status == OutboxStatus.Queued).ToList();

    // Delivered messages whose text was edited after they went out and whose edit has not shown yet.
    public IReadOnlyList<OutboxRecord> EditsDue() =>
        records.Find(r => r.Status == OutboxStatus.Delivered && r.Version > r.ShownVersion).ToList();

    // A message due at `now` not delivered yet, or an edit not shown yet; null when there is none.
    public string? FirstDue(DateTimeOffset now) =>
        records.FindOne(r => r.Status == OutboxStatus.Queued && (r.NextAttemptAt == null || r.NextAttemptAt <= now))?.Id
        ?? records.FindOne(r => r.Status == OutboxStatus.Delivered && r.Version > r.ShownVersion)?.Id;

    public void Set(string key, params (string Field, BsonValue Value)[] fields)
    {
        var transform = "{ " + string.Join(", ", fields.Select((f, i) => $"{f.Field}: @{i}")) + " }";
        records.UpdateMany(
            BsonExpression.Create(transform, fields.Select(f => f.Value).ToArray()),
            BsonExpression.Create("_id = @0", key));
    }

    // Changes the text of a queued or delivered message and raises its version.
    public bool ChangeText(string key, string html, string? buttonsJson) =>
        records.UpdateMany(
            BsonExpression.Create("{ Html: @0, ButtonsJson: @1, Version: $.Version + 1 }", html, buttonsJson ?? BsonValue.Null),
            BsonExpression.Create("_id = @0 AND Status != @1", key, nameof(OutboxStatus.Failed))) == 1;

    // Records that the chat shows `version`, unless a newer one is already recorded.
    public void Shown(string key, int version) =>
        records.UpdateMany(
            BsonExpression.Create("{ ShownVersion: @0 }", version),
            BsonExpression.Create("_id = @0 AND ShownVersion < @1", key, version));

    public string SaveFile(byte[] content)
    {
        var id = "outbox/" + Guid.NewGuid().ToString("N");
        using var stream = new MemoryStream(content, writable: false);
        db.Database.FileStorage.Upload(id, "upload", stream);
        return id;
    }

    public byte[] ReadFile(string id)
    {
        using var target = new MemoryStream();
        db.Database.FileStorage.Download(id, target);
        return target.ToArray();
    }

    public void DeleteFile(string? id)
    {
        if (id is not null)
        {
            db.Database.FileStorage.Delete(id);
        }
    }

    public BsonValue ToBson<T>(T value) => db.Mapper.Serialize(typeof(T), value);
}
