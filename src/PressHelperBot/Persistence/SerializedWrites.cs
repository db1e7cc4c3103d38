using LiteDB;
using LiteDB.Engine;

namespace PressHelperBot.Persistence;

// LiteDB 5.0.20 corrupts its free-page list when two threads commit writes to different
// collections at once ("ENSURE: empty page must be defined as empty type", litedb-org/LiteDB#2503,
// #2825; fixed only after 5.0.20). The bot writes from update handlers of several chats and from
// Hangfire workers (the outbox) at the same time, so every write to the bot's file takes one lock.
// Reads stay concurrent: they work on snapshots. Explicit transactions are not used on this file.
internal sealed class SerializedWrites(ILiteEngine inner) : ILiteEngine
{
    private readonly Lock gate = new();

    public int Checkpoint() => Write(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Write(() => inner.Rebuild(options));

    public bool BeginTrans() => inner.BeginTrans();

    public bool Commit() => inner.Commit();

    public bool Rollback() => inner.Rollback();

    public IBsonDataReader Query(string collection, Query query) => inner.Query(collection, query);

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        Write(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) =>
        Write(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => inner.Pragma(name);

    public bool Pragma(string name, BsonValue value) => Write(() => inner.Pragma(name, value));

    public void Dispose() => inner.Dispose();

    private T Write<T>(Func<T> write)
    {
        lock (gate)
        {
            return write();
        }
    }
}
