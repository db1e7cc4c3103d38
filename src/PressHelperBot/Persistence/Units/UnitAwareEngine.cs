using LiteDB;
using LiteDB.Engine;

namespace PressHelperBot.Persistence.Units;

// The bot's LiteDB engine as repositories see it. Inside a unit of work a write joins the unit's
// transaction (begun on the first write); outside any unit a write is its own durable commit. Reads
// inside a unit that has written see its writes; other reads go straight to LiteDB's snapshots.
// Explicit transactions belong to UnitOfWork only.
internal sealed class UnitAwareEngine(WriteGate gate) : ILiteEngine
{
    private readonly ILiteEngine inner = gate.Engine;

    public int Checkpoint() => Write(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Write(() => inner.Rebuild(options));

    public bool BeginTrans() => throw new NotSupportedException("Use a UnitOfWork (BotDatabase.BeginUnit) instead of LiteDB transactions.");

    public bool Commit() => throw new NotSupportedException("Use a UnitOfWork (BotDatabase.BeginUnit) instead of LiteDB transactions.");

    public bool Rollback() => throw new NotSupportedException("Use a UnitOfWork (BotDatabase.BeginUnit) instead of LiteDB transactions.");

    public IBsonDataReader Query(string collection, Query query)
    {
        if (gate.Writer.IsCurrent)
        {
            return inner.Query(collection, query);
        }

        // The unit's transaction lives on the writer thread, and LiteDB refuses to commit while one of
        // its cursors is open: a collection the unit has written is read there, to the end, and handed
        // out as a finished list. A collection it has not written is read here, from what is committed:
        // the unit holds the writer's gate, so nothing was committed since its transaction began, and
        // the read sees what the transaction would (without a hand-off to the writer thread, which cost
        // a third of the hand-offs of a join request).
        return UnitOf() is { InTransaction: true } unit && unit.HasWritten(collection)
            ? gate.Writer.Run(() => MaterializedReader.ReadAll(inner.Query(collection, query)))
            : inner.Query(collection, query);
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        if (UnitOf() is null && !gate.Writer.IsCurrent)
        {
            return gate.WriteAlone(() => inner.Insert(collection, docs, autoId));
        }

        // LiteDB rolls back the whole transaction when an operation throws, also an explicit one. Inside a
        // unit of work a duplicate key (which callers catch: "already queued", "already registered") must
        // not take the unit's earlier writes with it, so it is found before LiteDB is asked. A bulk insert
        // comes as LiteDB's own lazy sequence, which writes the new ids back into the entities between
        // items: it must be walked by LiteDB itself and is not checked (a duplicate there ends the unit
        // loudly, like any failed write; bulk inserts use new ids).
        if (docs is IReadOnlyCollection<BsonDocument> ready)
        {
            return Write(collection, () =>
            {
                if (ready.FirstOrDefault(d => IsTaken(collection, d)) is { } taken)
                {
                    throw Duplicate(taken);
                }

                return inner.Insert(collection, ready, autoId);
            });
        }

        return Write(collection, () => inner.Insert(collection, docs, autoId));
    }

    private bool IsTaken(string collection, BsonDocument doc) =>
        doc.TryGetValue("_id", out var id) && !id.IsNull && Exists(collection, id);

    private static LiteException Duplicate(BsonDocument doc) =>
        new(LiteException.INDEX_DUPLICATE_KEY, $"Cannot insert duplicate key in unique index '_id'. The duplicate value is '{doc["_id"]}'.");

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(collection, () => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        Write(collection, () => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(collection, () => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(collection, () => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(collection, () => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(name, () => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName)
    {
        UnitOf()?.Touch(newName);
        return Write(name, () => inner.RenameCollection(name, newName));
    }

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) =>
        Write(collection, () => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(collection, () => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => inner.Pragma(name);

    public bool Pragma(string name, BsonValue value) => Write(() => inner.Pragma(name, value));

    public void Dispose() => inner.Dispose();

    private T Write<T>(string collection, Func<T> write)
    {
        UnitOf()?.Touch(collection);
        return Route(write);
    }

    // A write that may touch any collection (checkpoint, rebuild, pragmas).
    private T Write<T>(Func<T> write)
    {
        UnitOf()?.TouchAll();
        return Route(write);
    }

    private T Route<T>(Func<T> write)
    {
        if (gate.Writer.IsCurrent)
        {
            return write();
        }

        if (UnitOf() is { } unit)
        {
            return unit.Write(write);
        }

        return gate.WriteAlone(write);
    }

    private bool Exists(string collection, BsonValue id)
    {
        var query = new Query { Select = "$._id", Limit = 1 };
        query.Where.Add(BsonExpression.Create("_id = @0", id));
        using var reader = inner.Query(collection, query);
        return reader.Read();
    }

    private UnitOfWork? UnitOf() => UnitOfWork.Current is { } unit && unit.Gate == gate ? unit : null;
}
