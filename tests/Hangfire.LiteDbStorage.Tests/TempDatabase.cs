using Hangfire.Common;
using Hangfire.Storage;

namespace Hangfire.LiteDbStorage.Tests;

// A database file of its own per test, deleted afterwards with LiteDB's log file.
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hf-litedb-{Guid.NewGuid():N}.db");

    public LiteDbStorage Open(LiteDbStorageOptions? options = null) => new(Path, options);

    public void Dispose()
    {
        File.Delete(Path);
        File.Delete(System.IO.Path.ChangeExtension(Path, null) + "-log.db");
    }
}

internal static class StorageExtensions
{
    public static JobStorageConnection Connect(this LiteDbStorage storage) => (JobStorageConnection)storage.GetConnection();

    public static string NewJob(this IStorageConnection connection, string key = "job", TimeSpan? expireIn = null,
        Dictionary<string, string>? parameters = null) =>
        connection.CreateExpiredJob(Job.FromExpression(() => Probe.Hit(key)), parameters ?? [], DateTime.UtcNow, expireIn ?? TimeSpan.FromHours(1));

    public static void Commit(this IStorageConnection connection, Action<JobStorageTransaction> write)
    {
        using var transaction = (JobStorageTransaction)connection.CreateWriteTransaction();
        write(transaction);
        transaction.Commit();
    }

    public static string Enqueue(this IStorageConnection connection, string queue, string key = "job")
    {
        var id = connection.NewJob(key);
        connection.Commit(t => t.AddToQueue(queue, id));
        return id;
    }
}
