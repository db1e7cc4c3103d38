using System.Collections.Concurrent;
using Hangfire.States;
using LiteDB;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class JobFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly LiteDbStorage _storage;

    public JobFacts() => _storage = _file.Open();

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Job_ids_are_unique_under_eight_threads_creating_a_thousand_each()
    {
        var ids = new ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            using var connection = _storage.Connect();
            for (var i = 0; i < 1000; i++) ids.Add(connection.NewJob());
        });

        Assert.Equal(8000, ids.Distinct().Count());
    }

    [Fact]
    public void Job_data_and_parameters_round_trip()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob("round-trip", parameters: new() { ["CurrentCulture"] = "ru-RU" });
        connection.SetJobParameter(id, "RetryCount", "3");

        var data = connection.GetJobData(id)!;

        Assert.Equal(nameof(Probe.Hit), data.Job.Method.Name);
        Assert.Equal("round-trip", data.Job.Args[0]);
        Assert.Null(data.LoadException);
        Assert.Equal(DateTimeKind.Utc, data.CreatedAt.Kind);
        Assert.Equal("ru-RU", connection.GetJobParameter(id, "CurrentCulture"));
        Assert.Equal("3", data.ParametersSnapshot["RetryCount"]);
        Assert.Null(connection.GetJobParameter(id, "Missing"));
        Assert.Null(connection.GetJobData("999999"));
    }

    [Fact]
    public void A_job_whose_method_is_gone_reports_a_load_exception_instead_of_throwing()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob();
        var doc = _storage.Store.Jobs.FindById(long.Parse(id));
        doc["Invocation"] = doc["Invocation"].AsString.Replace(nameof(Probe), "NoSuchType");
        _storage.Store.Jobs.Update(doc);

        var data = connection.GetJobData(id)!;

        Assert.Null(data.Job);
        Assert.NotNull(data.LoadException);
    }

    [Fact]
    public void The_state_data_is_the_state_set_last_and_added_states_only_extend_the_history()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob();
        connection.Commit(t =>
        {
            t.SetJobState(id, new EnqueuedState("critical") { Reason = "first" });
            t.AddJobState(id, new DeletedState());
        });

        var state = connection.GetStateData(id)!;

        Assert.Equal(EnqueuedState.StateName, state.Name);
        Assert.Equal("first", state.Reason);
        Assert.Equal("critical", state.Data["Queue"]);
        Assert.Equal(2, _storage.GetMonitoringApi().JobDetails(id).History.Count);
    }

    [Fact]
    public void Job_ids_are_never_reused_after_the_newest_jobs_are_deleted_and_the_file_reopened()
    {
        string last;
        using (var connection = _storage.Connect())
        {
            connection.NewJob();
            last = connection.NewJob();
        }
        _storage.Store.Jobs.DeleteAll();
        _storage.Dispose();

        using var reopened = _file.Open();
        using var again = reopened.Connect();

        Assert.True(long.Parse(again.NewJob()) > long.Parse(last));
    }

    [Fact]
    public void The_storage_declares_the_features_it_implements()
    {
        Assert.True(_storage.HasFeature("Connection.GetUtcDateTime"));
        Assert.True(_storage.HasFeature("Connection.BatchedGetFirstByLowestScoreFromSet"));
        Assert.True(_storage.HasFeature("Job.Queue"));
        Assert.True(_storage.HasFeature("Storage.ExtendedApi"));
        Assert.True(_storage.HasFeature("TransactionalAcknowledge:LiteDbFetchedJob"));
        Assert.True(_storage.HasFeature("Transaction.CreateJob"));
        Assert.True(_storage.HasFeature("Transaction.SetJobParameter"));
    }

    [Fact]
    public void A_shared_database_stays_open_and_keeps_the_hosts_collections_apart()
    {
        using var file = new TempDatabase();
        using var database = new LiteDatabase(file.Path);
        database.GetCollection("job").Insert(new BsonDocument { ["Name"] = "host's own" });
        using (var storage = new LiteDbStorage(database))
        using (var connection = storage.Connect())
        {
            connection.NewJob();
        }

        Assert.Equal(1, database.GetCollection("job").Count());
        Assert.Equal(1, database.GetCollection("hf_job").Count());
    }

    [Fact]
    public void A_job_created_in_a_transaction_exists_only_after_the_commit_with_its_parameters()
    {
        using var connection = _storage.Connect();
        using var transaction = (Hangfire.Storage.JobStorageTransaction)connection.CreateWriteTransaction();
        var id = transaction.CreateJob(Hangfire.Common.Job.FromExpression(() => Probe.Hit("tx")), new Dictionary<string, string> { ["a"] = "1" },
            DateTime.UtcNow, TimeSpan.FromHours(1));
        transaction.SetJobParameter(id, "b", "2");
        transaction.SetJobState(id, new EnqueuedState());

        Assert.Null(connection.GetJobData(id));
        transaction.Commit();

        Assert.Equal(EnqueuedState.StateName, connection.GetJobData(id)!.State);
        Assert.Equal("1", connection.GetJobParameter(id, "a"));
        Assert.Equal("2", connection.GetJobParameter(id, "b"));
    }

    [Fact]
    public void The_configuration_extension_installs_a_storage_on_the_hosts_database()
    {
        using var file = new TempDatabase();
        using var database = new LiteDatabase(file.Path);

        var configured = GlobalConfiguration.Configuration.UseLiteDbStorage(database, new LiteDbStorageOptions { CollectionPrefix = "jobs_" });

        Assert.Same(configured.Entry, JobStorage.Current);
        Assert.Equal("jobs_", configured.Entry.Options.CollectionPrefix);
    }
}
