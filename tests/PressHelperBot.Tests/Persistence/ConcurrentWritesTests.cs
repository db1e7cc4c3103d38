using LiteDB;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

public sealed class ConcurrentWritesTests
{
    // Plain LiteDB 5.0.20 fails this within a second ("empty page must be defined as empty type").
    [Fact]
    public async Task Threads_writing_to_different_collections_at_once_leave_a_sound_file()
    {
        using var temp = new TempDatabase();
        using (var db = temp.Open())
        {
            var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
            {
                var collection = db.Database.GetCollection("c" + t);
                for (var i = 1; i <= 400; i++)
                {
                    collection.Insert(new BsonDocument { ["_id"] = i, ["text"] = new string('x', 200 * (i % 20)) });
                    if (i % 50 == 0)
                    {
                        collection.DeleteMany($"_id <= {i - 20}");
                    }
                }
            }));
            await Task.WhenAll(writers);
        }

        using var reopened = temp.Open();
        Assert.All(Enumerable.Range(0, 4), t => Assert.Equal(20, reopened.Database.GetCollection("c" + t).Count()));
    }
}
