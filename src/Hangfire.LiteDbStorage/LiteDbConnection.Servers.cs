using DurableLiteDb;
using Hangfire.Server;
using Hangfire.Storage;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Heartbeats are stamped with the elapsed-time clock: a host that jumps its TimeProvider by days must
// not make the watchdog remove a server that is alive.
internal sealed partial class LiteDbConnection
{
    public override void AnnounceServer(string serverId, ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        ArgumentNullException.ThrowIfNull(context);
        store.Write(() =>
        {
            var now = Bson.Ticks(store.ElapsedNow);
            store.Servers.Upsert(new BsonDocument
            {
                ["_id"] = serverId,
                ["WorkerCount"] = context.WorkerCount,
                ["Queues"] = new BsonArray(context.Queues.Select(q => new BsonValue(q))),
                ["StartedAt"] = now,
                ["Heartbeat"] = now,
            });
        });
    }

    public override void RemoveServer(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        store.Write(() => store.Servers.Delete(serverId));
    }

    public override void Heartbeat(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        var found = false;
        store.Write(() =>
        {
            if (store.Servers.FindById(serverId) is not { } doc) return;
            doc["Heartbeat"] = Bson.Ticks(store.ElapsedNow);
            found = store.Servers.Update(doc);
        }, durable: false);
        if (!found) throw new BackgroundServerGoneException();
    }

    public override int RemoveTimedOutServers(TimeSpan timeOut)
    {
        if (timeOut < TimeSpan.Zero) throw new ArgumentException("The timeout must be non-negative.", nameof(timeOut));
        var removed = 0;
        store.Write(() => removed = store.Servers.DeleteMany(Where.Lt("Heartbeat", (store.ElapsedNow - timeOut).Ticks)));
        return removed;
    }
}
