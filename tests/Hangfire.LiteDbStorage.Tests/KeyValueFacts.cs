using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class KeyValueFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly LiteDbStorage _storage;

    public KeyValueFacts() => _storage = _file.Open(new LiteDbStorageOptions { TimeProvider = _clock });

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Sets_order_by_score_with_inclusive_bounds()
    {
        using var connection = _storage.Connect();
        connection.Commit(t =>
        {
            t.AddToSet("scores", "c", 3);
            t.AddToSet("scores", "a", 1);
            t.AddToSet("scores", "b", 2);
            t.AddToSet("scores", "a", 1.5);
            t.AddToSet("other", "z", 0);
        });

        Assert.Equal("a", connection.GetFirstByLowestScoreFromSet("scores", 1.5, 3));
        Assert.Equal(["a", "b"], connection.GetFirstByLowestScoreFromSet("scores", 0, 2, 5));
        Assert.Null(connection.GetFirstByLowestScoreFromSet("scores", 3.5, 9));
        Assert.Equal(["b", "c"], connection.GetRangeFromSet("scores", 1, 2));
        Assert.Equal(3, connection.GetSetCount("scores"));
        Assert.Equal(2, connection.GetSetCount(["scores", "other"], 2));
        Assert.True(connection.GetSetContains("scores", "c"));
        Assert.Equal(new HashSet<string> { "a", "b", "c" }, connection.GetAllItemsFromSet("scores"));
    }

    [Fact]
    public void A_null_set_key_throws_argument_null_exception_naming_key()
    {
        using var connection = _storage.Connect();

        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => connection.GetFirstByLowestScoreFromSet(null!, 0, 1)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => connection.GetFirstByLowestScoreFromSet(null!, 0, 1, 1)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => connection.GetSetCount((string)null!)).ParamName);
    }

    [Fact]
    public void Removing_from_sets_and_removing_whole_sets_works()
    {
        using var connection = _storage.Connect();
        connection.Commit(t => t.AddRangeToSet("range", ["1", "2", "3"]));
        connection.Commit(t => t.RemoveFromSet("range", "2"));
        Assert.Equal(new HashSet<string> { "1", "3" }, connection.GetAllItemsFromSet("range"));

        connection.Commit(t => t.RemoveSet("range"));
        Assert.Equal(0, connection.GetSetCount("range"));
    }

    [Fact]
    public void Lists_read_newest_first_and_trim_to_the_kept_range()
    {
        using var connection = _storage.Connect();
        connection.Commit(t =>
        {
            foreach (var value in new[] { "1", "2", "3", "4", "5" }) t.InsertToList("list", value);
        });

        Assert.Equal(["5", "4", "3", "2", "1"], connection.GetAllItemsFromList("list"));
        Assert.Equal(["4", "3"], connection.GetRangeFromList("list", 1, 2));

        connection.Commit(t => t.TrimList("list", 1, 3));
        Assert.Equal(["4", "3", "2"], connection.GetAllItemsFromList("list"));

        connection.Commit(t => t.RemoveFromList("list", "3"));
        Assert.Equal(2, connection.GetListCount("list"));
    }

    [Fact]
    public void Hashes_set_overwrite_read_and_remove()
    {
        using var connection = _storage.Connect();
        Assert.Null(connection.GetAllEntriesFromHash("hash"));

        connection.SetRangeInHash("hash", [new("a", "1"), new("b", "2")]);
        connection.Commit(t => t.SetRangeInHash("hash", [new KeyValuePair<string, string>("b", "3")]));

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "3" }, connection.GetAllEntriesFromHash("hash"));
        Assert.Equal("3", connection.GetValueFromHash("hash", "b"));
        Assert.Equal(2, connection.GetHashCount("hash"));

        connection.Commit(t => t.RemoveHash("hash"));
        Assert.Null(connection.GetAllEntriesFromHash("hash"));
    }

    [Fact]
    public void Counters_add_up_and_report_their_expiry()
    {
        using var connection = (LiteDbConnection)_storage.GetConnection();
        connection.Commit(t =>
        {
            t.IncrementCounter("stats:x");
            t.IncrementCounter("stats:x", TimeSpan.FromHours(1));
            t.DecrementCounter("stats:x");
            t.IncrementCounter("stats:x");
        });

        Assert.Equal(2, connection.GetCounter("stats:x"));
        Assert.Equal(TimeSpan.FromHours(1), connection.GetCounterTtl("stats:x"));
        Assert.Equal(0, connection.GetCounter("stats:none"));
    }

    [Fact]
    public void Ttl_getters_follow_expire_and_persist_on_the_storage_clock()
    {
        using var connection = _storage.Connect();
        connection.Commit(t =>
        {
            t.AddToSet("s", "v");
            t.InsertToList("l", "v");
            t.SetRangeInHash("h", [new KeyValuePair<string, string>("f", "v")]);
            t.ExpireSet("s", TimeSpan.FromMinutes(10));
            t.ExpireList("l", TimeSpan.FromMinutes(20));
            t.ExpireHash("h", TimeSpan.FromMinutes(30));
        });
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), connection.GetSetTtl("s"));
        Assert.Equal(TimeSpan.FromMinutes(15), connection.GetListTtl("l"));
        Assert.Equal(TimeSpan.FromMinutes(25), connection.GetHashTtl("h"));

        connection.Commit(t => { t.PersistSet("s"); t.PersistList("l"); t.PersistHash("h"); });
        Assert.Equal(TimeSpan.FromSeconds(-1), connection.GetSetTtl("s"));
        Assert.Equal(TimeSpan.FromSeconds(-1), connection.GetListTtl("l"));
        Assert.Equal(TimeSpan.FromSeconds(-1), connection.GetHashTtl("h"));
    }

    [Fact]
    public void The_connection_tells_the_storage_clock_as_utc()
    {
        using var connection = _storage.Connect();
        var now = ((Hangfire.Storage.JobStorageConnection)connection).GetUtcDateTime();

        Assert.Equal(_clock.GetUtcNow().UtcDateTime, now);
        Assert.Equal(DateTimeKind.Utc, now.Kind);
    }
}
