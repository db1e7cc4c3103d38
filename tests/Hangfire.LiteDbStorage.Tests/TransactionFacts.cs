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

    // Writers queue at the one gate and are committed in batches; a failing writer in a batch must not
    // take the others with it, and readers (which do not take the gate) see only whole commits.
    [Fact]
    public void Many_writers_at_once_each_commit_exactly_what_they_wrote_and_failures_stay_their_own()
    {
        const int writers = 8;
        const int commitsEach = 150;
        var stop = false;
        var tornReads = 0;
        var reader = new Thread(() =>
        {
            using var connection = _storage.Connect();
            while (!Volatile.Read(ref stop))
            {
                // Each writer adds to its set and increments its counter in one commit: a reader must
                // never see one without the other.
                for (var w = 0; w < writers; w++)
                {
                    var counter = connection.GetCounter($"count:{w}");
                    var members = connection.GetSetCount($"set:{w}");
                    if (members < counter) Interlocked.Increment(ref tornReads);
                }
            }
        });
        reader.Start();

        var failures = 0;
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            using var connection = _storage.Connect();
            for (var i = 0; i < commitsEach; i++)
            {
                if (i % 10 == 9)
                {
                    // Fails while applying, after its first command ran.
                    Assert.Throws<ArgumentNullException>(() => connection.Commit(t =>
                    {
                        t.AddToSet($"set:{w}", $"failed-{i}");
                        t.SetRangeInHash("broken", [new KeyValuePair<string, string>(null!, "boom")]);
                    }));
                    Interlocked.Increment(ref failures);
                    continue;
                }

                connection.Commit(t =>
                {
                    t.AddToSet($"set:{w}", $"member-{i}");
                    t.IncrementCounter($"count:{w}");
                });
            }
        });
        Volatile.Write(ref stop, true);
        reader.Join();

        using var check = _storage.Connect();
        for (var w = 0; w < writers; w++)
        {
            Assert.Equal(commitsEach - commitsEach / 10, check.GetSetCount($"set:{w}"));
            Assert.Equal(commitsEach - commitsEach / 10, check.GetCounter($"count:{w}"));
            Assert.DoesNotContain(check.GetAllItemsFromSet($"set:{w}"), m => m.StartsWith("failed-", StringComparison.Ordinal));
        }
        Assert.Equal(writers * commitsEach / 10, failures);
        Assert.Equal(0, tornReads);
        Assert.Empty(check.GetAllEntriesFromHash("broken") ?? new Dictionary<string, string>());
    }
}
