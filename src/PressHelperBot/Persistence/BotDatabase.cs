using System.Linq.Expressions;
using DurableLiteDb;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// The one LiteDatabase of the process, on files we open ourselves so that commits are durable with one
// fsync per group of concurrent commits (see DurableLiteDb). Registered as a singleton: every
// repository shares one engine and one writer.
public sealed class BotDatabase : IDisposable
{
    private readonly DurableFiles files;
    private readonly WriteGate gate;
    private readonly ILogger log;
    private readonly Lock mapping = new();
    private readonly HashSet<Type> mapped = [];
    private readonly HashSet<string> indexed = [];

    public BotDatabase(string path, ILogger<BotDatabase>? log = null)
    {
        this.log = (ILogger?)log ?? NullLogger.Instance;
        files = DurableFiles.Open(path);
        try
        {
            gate = new WriteGate(files.CreateEngine(), files.Flush);
        }
        catch
        {
            files.Dispose();
            throw;
        }

        Mapper = BotBsonMapper.Create();
        Database = new LiteDatabase(new UnitAwareEngine(gate), Mapper, disposeOnClose: true);
    }

    public LiteDatabase Database { get; }

    public BsonMapper Mapper { get; }

    // Commits and the fsyncs that made them durable, for benchmarks and logs.
    public GroupFlush Flush => files.Flush;

    // Maps T (and what it holds) completely before anyone can read or write it: see MapperWarmUp.
    public ILiteCollection<T> Collection<T>(string name)
    {
        lock (mapping)
        {
            MapperWarmUp.Warm(Mapper, typeof(T), mapped);
        }

        return Database.GetCollection<T>(name);
    }

    // The collection with an index on `key`, made once per process. For classes created for every update:
    // EnsureIndex is a write, and asking for it in each would open each update's transaction early.
    public ILiteCollection<T> Collection<T, TKey>(string name, Expression<Func<T, TKey>> key)
    {
        var collection = Collection<T>(name);
        lock (mapping)
        {
            if (!indexed.Add($"{name}:{key}"))
            {
                return collection;
            }
        }

        collection.EnsureIndex(key);
        return collection;
    }

    // Starts the unit of work of one handled update or job run; `onEveryCommit` writes go into each of
    // its commits (the inbox's handled mark). Dispose rolls back what was not committed.
    public UnitOfWork BeginUnit(Action? onEveryCommit = null) => new(gate, onEveryCommit, log);

    public void Dispose()
    {
        Database.Dispose();
        gate.Dispose();
        files.Dispose();
    }
}
