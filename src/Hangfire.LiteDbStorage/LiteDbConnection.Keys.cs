using DurableLiteDb;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Reads of sets, hashes, lists and counters. Sets are ordered by score, then value; lists newest first.
internal sealed partial class LiteDbConnection
{
    public override HashSet<string> GetAllItemsFromSet(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Sets.Find(Where.Eq("Key", key)).Select(d => d["Value"].AsString).ToHashSet());
    }

    public override string? GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore) =>
        GetFirstByLowestScoreFromSet(key, fromScore, toScore, 1).FirstOrDefault();

    public override List<string> GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), "The count must be positive.");
        if (toScore < fromScore) throw new ArgumentException("The toScore value must be higher or equal to fromScore.", nameof(toScore));
        return store.Read(() => store.Sets.Query()
            .Where(Where.EqAndBetween("Key", key, "Score", fromScore, toScore))
            .OrderBy("$.Score")
            .Limit(count)
            .ToDocuments()
            .Select(d => d["Value"].AsString)
            .ToList());
    }

    public override long GetSetCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Sets.LongCount(Where.Eq("Key", key)));
    }

    public override long GetSetCount(IEnumerable<string> keys, int limit)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit));
        var total = 0L;
        foreach (var key in keys)
        {
            var left = limit - total;
            if (left <= 0) break;
            total += store.Read(() => store.Sets.Find(Where.Eq("Key", key), 0, (int)left).LongCount());
        }
        return Math.Min(total, limit);
    }

    public override bool GetSetContains(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return store.Read(() => store.Sets.FindById(Bson.Composite(key, value)) != null);
    }

    public override List<string> GetRangeFromSet(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (endingAt < startingFrom) return [];
        return store.Read(() => store.Sets.Query()
            .Where(Where.Eq("Key", key))
            .OrderBy("$.Score")
            .Skip(startingFrom)
            .Limit(endingAt - startingFrom + 1)
            .ToDocuments()
            .Select(d => d["Value"].AsString)
            .ToList());
    }

    public override TimeSpan GetSetTtl(string key) => Ttl(store.Sets, key);

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyValuePairs);
        var pairs = keyValuePairs.ToList();
        store.Write(() => HashWriter.Set(store, key, pairs));
    }

    public override Dictionary<string, string>? GetAllEntriesFromHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = store.Read(() => store.Hashes.Find(Where.Eq("Key", key)).ToList());
        return rows.Count == 0 ? null : rows.ToDictionary(d => d["Field"].AsString, d => d["Value"].AsString);
    }

    public override string? GetValueFromHash(string key, string name)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(name);
        return store.Read(() => store.Hashes.FindById(Bson.Composite(key, name)) is { } d ? Bson.StringOrNull(d["Value"]) : null);
    }

    public override long GetHashCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Hashes.LongCount(Where.Eq("Key", key)));
    }

    public override TimeSpan GetHashTtl(string key) => Ttl(store.Hashes, key);

    public override long GetListCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Lists.LongCount(Where.Eq("Key", key)));
    }

    public override List<string> GetAllItemsFromList(string key) => GetRangeFromList(key, 0, int.MaxValue - 1);

    public override List<string> GetRangeFromList(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (endingAt < startingFrom) return [];
        return store.Read(() => store.Lists.Query()
            .Where(Where.Eq("Key", key))
            .OrderByDescending("$._id")
            .Skip(startingFrom)
            .Limit(endingAt - startingFrom + 1)
            .ToDocuments()
            .Select(d => Bson.StringOrNull(d["Value"])!)
            .ToList());
    }

    public override TimeSpan GetListTtl(string key) => Ttl(store.Lists, key);

    public override long GetCounter(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Counters.FindById(key) is { } d ? d["Value"].AsInt64 : 0L);
    }

    internal TimeSpan GetCounterTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() => store.Counters.FindById(key) is { } d ? Bson.Ttl(d["ExpireAt"], store.Now) : TimeSpan.FromSeconds(-1));
    }

    private TimeSpan Ttl(ILiteCollection<BsonDocument> collection, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return store.Read(() =>
        {
            var earliest = collection.Find(Where.Eq("Key", key))
                .Select(d => d["ExpireAt"]).Where(e => !e.IsNull).Select(e => e.AsInt64).DefaultIfEmpty(0L).Min();
            return earliest == 0L ? TimeSpan.FromSeconds(-1) : new DateTime(earliest, DateTimeKind.Utc) - store.Now;
        });
    }
}
