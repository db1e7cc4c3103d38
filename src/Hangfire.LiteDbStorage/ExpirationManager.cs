using DurableLiteDb;
using Hangfire.Server;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// One storage-wide sweep: expired jobs (with their states and queue rows), sets, hashes, lists and
// counters, found through the ExpireAt indexes and deleted in short batches.
internal sealed class ExpirationManager(Store store) : IBackgroundProcess
{
    public void Execute(BackgroundProcessContext context)
    {
        Sweep(store);
        context.Wait(store.Options.ExpirationCheckInterval);
    }

    public override string ToString() => "LiteDB expiration manager";

    internal static int Sweep(Store store)
    {
        var now = store.Now;
        var removed = SweepJobs(store, now);
        foreach (var collection in new[] { store.Sets, store.Hashes, store.Lists, store.Counters })
        {
            removed += SweepRows(store, collection, now);
        }
        return removed;
    }

    private static int SweepJobs(Store store, DateTime now)
    {
        var total = 0;
        while (true)
        {
            var rows = new List<long>();
            var count = 0;
            store.Write(() =>
            {
                var ids = store.Jobs.Find(Bson.ExpiredBy(now), 0, store.Options.ExpirationBatchSize).Select(d => d["_id"]).ToList();
                foreach (var id in ids)
                {
                    store.States.DeleteMany(Where.Eq("JobId", id));
                    foreach (var row in store.Queue.Find(Where.Eq("JobId", id)).ToList())
                    {
                        rows.Add(row["_id"].AsInt64);
                        store.Queue.Delete(row["_id"]);
                    }
                    store.Jobs.Delete(id);
                }
                count = ids.Count;
            }, () => rows.ForEach(store.Queues.Forget));
            total += count;
            if (count < store.Options.ExpirationBatchSize) return total;
        }
    }

    private static int SweepRows(Store store, ILiteCollection<BsonDocument> collection, DateTime now)
    {
        var total = 0;
        while (true)
        {
            var count = 0;
            store.Write(() =>
            {
                var ids = collection.Find(Bson.ExpiredBy(now), 0, store.Options.ExpirationBatchSize).Select(d => d["_id"]).ToList();
                foreach (var id in ids) collection.Delete(id);
                count = ids.Count;
            });
            total += count;
            if (count < store.Options.ExpirationBatchSize) return total;
        }
    }
}
