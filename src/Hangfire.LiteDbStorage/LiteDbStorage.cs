using Hangfire.Server;
using Hangfire.Storage;
using DurableLiteDb;
using LiteDB;

namespace Hangfire.LiteDbStorage;

public sealed class LiteDbStorage : JobStorage, IDisposable
{
    private static readonly HashSet<string> Features = new(StringComparer.OrdinalIgnoreCase)
    {
        JobStorageFeatures.ExtendedApi,
        JobStorageFeatures.JobQueueProperty,
        JobStorageFeatures.ProcessesInsteadOfComponents,
        JobStorageFeatures.Connection.GetUtcDateTime,
        JobStorageFeatures.Connection.BatchedGetFirstByLowest,
        JobStorageFeatures.Connection.GetSetContains,
        JobStorageFeatures.Connection.LimitedGetSetCount,
        JobStorageFeatures.Monitoring.AwaitingJobs,
        JobStorageFeatures.Monitoring.DeletedStateGraphs,
        JobStorageFeatures.Transaction.CreateJob,
        JobStorageFeatures.Transaction.SetJobParameter,
        JobStorageFeatures.Transaction.RemoveFromQueue(typeof(LiteDbFetchedJob)),
    };

    private readonly LiteDatabase? _owned;
    private readonly DurableFiles? _files;
    private readonly Store _store;

    // Opens the file and owns it: LiteDB allows one open instance per file and process. Commits are
    // durable (fsynced, one fsync per group of commits) before they are reported done.
    public LiteDbStorage(string path, LiteDbStorageOptions? options = null)
        : this(DurableFiles.Open(path), options)
    {
    }

    private LiteDbStorage(DurableFiles files, LiteDbStorageOptions? options)
        : this(Open(files), options, owns: true, files.Flush)
    {
        _files = files;
    }

    // Shares a database the host keeps open for its own collections; the host disposes it.
    // Its commits are as durable as that database makes them.
    public LiteDbStorage(LiteDatabase database, LiteDbStorageOptions? options = null)
        : this(database ?? throw new ArgumentNullException(nameof(database)), options, owns: false, flush: null)
    {
    }

    private LiteDbStorage(LiteDatabase database, LiteDbStorageOptions? options, bool owns, GroupFlush? flush)
    {
        options ??= new LiteDbStorageOptions();
        options.Validate();
        _owned = owns ? database : null;
        _store = new Store(database, options, flush);
    }

    public LiteDbStorageOptions Options => _store.Options;

    // Durable commits and the fsyncs they shared, for benchmarks; zeros on a database the host owns.
    public (long Commits, long Fsyncs) CommitCounts => _files is null ? (0, 0) : (_files.Flush.Commits, _files.Flush.Fsyncs);

    public override bool LinearizableReads => true;

    internal Store Store => _store;

    public override IStorageConnection GetConnection() => new LiteDbConnection(_store);

    public override IMonitoringApi GetMonitoringApi() => new LiteDbMonitoringApi(_store);

    public override IEnumerable<IBackgroundProcess> GetStorageWideProcesses()
    {
        yield return new ExpirationManager(_store);
    }

    public override bool HasFeature(string featureId)
    {
        ArgumentNullException.ThrowIfNull(featureId);
        return Features.Contains(featureId) || base.HasFeature(featureId);
    }

    public override string ToString() => "LiteDB storage";

    public void Dispose()
    {
        _owned?.Dispose();
        _files?.Dispose();
    }

    // A private mapper: the storage never touches BsonMapper.Global, which the host may configure.
    private static LiteDatabase Open(DurableFiles files)
    {
        try
        {
            return new LiteDatabase(files.CreateEngine(), new BsonMapper());
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }
}
