namespace Hangfire.LiteDbStorage.Tests;

public sealed class TransactionFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly LiteDbStorage _storage;

    public TransactionFacts() => _storage = _file.Open();

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void A_commit_that_fails_halfway_applies_nothing()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob();
        using var transaction = (Hangfire.Storage.JobStorageTransaction)connection.CreateWriteTransaction();
        transaction.AddToSet("atomic", "a");
        transaction.IncrementCounter("atomic");
        transaction.AddToQueue("default", id);
        var created = transaction.CreateJob(Hangfire.Common.Job.FromExpression(() => Probe.Hit("never")), new Dictionary<string, string>(),
            DateTime.UtcNow, TimeSpan.FromHours(1));
        // A null field is only detected while applying, after the commands before it ran.
        transaction.SetRangeInHash("atomic", [new KeyValuePair<string, string>(null!, "boom")]);

        Assert.Throws<ArgumentNullException>(() => transaction.Commit());

        Assert.Equal(0, connection.GetSetCount("atomic"));
        Assert.Equal(0, connection.GetCounter("atomic"));
        Assert.Equal(0, _storage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Null(connection.GetJobData(created));
    }

    [Fact]
    public void A_transaction_committed_while_another_is_open_on_the_same_thread_works()
    {
        using var connection = _storage.Connect();
        using var outer = connection.CreateWriteTransaction();
        outer.AddToSet("outer", "1");

        connection.Commit(inner => inner.AddToSet("inner", "1"));
        outer.Commit();

        Assert.True(connection.GetSetContains("inner", "1"));
        Assert.True(connection.GetSetContains("outer", "1"));
    }

    [Fact]
    public void Nothing_is_visible_before_commit()
    {
        using var connection = _storage.Connect();
        using var transaction = (Hangfire.Storage.JobStorageTransaction)connection.CreateWriteTransaction();
        transaction.InsertToList("pending", "x");

        Assert.Equal(0, connection.GetListCount("pending"));
        transaction.Commit();
        Assert.Equal(1, connection.GetListCount("pending"));
    }
}
