using LiteDB;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

public sealed class UnitOfWorkTests
{
    [Fact]
    public async Task Writes_of_a_unit_are_seen_inside_it_and_by_nobody_else_before_the_commit()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var items = db.Database.GetCollection("items");

        using (var unit = db.BeginUnit())
        {
            items.Insert(new BsonDocument { ["_id"] = 1, ["text"] = "first" });
            Assert.True(unit.InTransaction);
            Assert.Equal("first", items.FindById(1)["text"].AsString);

            // Another flow of work, outside the unit, reads committed data only.
            Task<BsonDocument> outside;
            using (ExecutionContext.SuppressFlow())
            {
                outside = Task.Run(() => db.Database.GetCollection("items").FindById(1));
            }

            Assert.Null(await outside);

            unit.Commit();
        }

        Assert.Equal("first", items.FindById(1)["text"].AsString);
        Assert.Equal(1, db.Flush.Commits);
    }

    // A collection the unit has not written is read from what is committed, without a hand-off to the
    // writer thread; once the unit writes it, reads of it come from the unit's transaction again. Case
    // does not matter: LiteDB's collection names ignore it.
    [Fact]
    public async Task Inside_a_unit_a_collection_it_has_not_written_reads_the_same_and_one_it_wrote_shows_its_writes()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var items = db.Database.GetCollection("items");
        var others = db.Database.GetCollection("others");
        others.Insert(new BsonDocument { ["_id"] = 1, ["text"] = "committed" });

        using (var unit = db.BeginUnit())
        {
            items.Insert(new BsonDocument { ["_id"] = 1, ["text"] = "in the unit" });
            Assert.Equal("committed", others.FindById(1)["text"].AsString);
            await Task.Yield();
            Assert.Equal("in the unit", db.Database.GetCollection("ITEMS").FindById(1)["text"].AsString);

            others.Update(new BsonDocument { ["_id"] = 1, ["text"] = "changed in the unit" });
            Assert.Equal("changed in the unit", others.FindById(1)["text"].AsString);
            Assert.Equal(1, others.Count());
            unit.Commit();

            // A new transaction of the same unit starts with nothing written.
            items.Insert(new BsonDocument { ["_id"] = 2, ["text"] = "second" });
            Assert.Equal("changed in the unit", others.FindById(1)["text"].AsString);
            Assert.Equal(2, items.Count());
            unit.Commit();
        }

        Assert.Equal(["in the unit", "second"], items.FindAll().Select(d => d["text"].AsString));
        Assert.Equal("changed in the unit", others.FindById(1)["text"].AsString);
    }

    // LiteDB rolls a whole transaction back when one of its operations throws; "already there" is a
    // question callers ask by inserting (the outbox's keys), and must not cost the unit its other writes.
    [Fact]
    public void A_duplicate_key_inside_a_unit_is_refused_without_losing_the_units_other_writes()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var items = db.Database.GetCollection("items");
        items.Insert(new BsonDocument { ["_id"] = "taken" });

        using (var unit = db.BeginUnit())
        {
            items.Insert(new BsonDocument { ["_id"] = "first" });
            var duplicate = Assert.Throws<LiteException>(() => items.Insert(new BsonDocument { ["_id"] = "taken" }));
            Assert.Equal(LiteException.INDEX_DUPLICATE_KEY, duplicate.ErrorCode);
            Assert.Throws<LiteException>(() => items.Insert(new BsonDocument { ["_id"] = "first" }));
            items.Insert(new BsonDocument { ["_id"] = "second" });
            unit.Commit();
        }

        Assert.Equal(["first", "second", "taken"], items.FindAll().Select(d => d["_id"].AsString).Order());
    }

    private sealed class Numbered
    {
        public int Id { get; set; }

        public string Text { get; set; } = "";
    }

    // LiteDB's bulk insert writes each new id back into its entity while it walks the sequence; walked
    // ahead of LiteDB (to look for duplicates) it failed on every auto-numbered list (the default reasons
    // for «❌ Отклонить» were never written).
    [Fact]
    public void A_bulk_insert_with_new_numbers_inside_a_unit_numbers_every_entity()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var numbered = db.Database.GetCollection<Numbered>("numbered");
        var fresh = new[] { new Numbered { Text = "a" }, new Numbered { Text = "b" } };

        using (var unit = db.BeginUnit())
        {
            Assert.Equal(2, numbered.InsertBulk(fresh));
            unit.Commit();
        }

        Assert.Equal([1, 2], fresh.Select(n => n.Id));
        Assert.Equal(["a", "b"], numbered.FindAll().OrderBy(n => n.Id).Select(n => n.Text));
    }

    [Fact]
    public void A_unit_disposed_without_a_commit_leaves_nothing()
    {
        using var temp = new TempDatabase();
        using (var db = temp.Open())
        {
            using (db.BeginUnit())
            {
                db.Database.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 });
                db.Database.GetCollection("other").Insert(new BsonDocument { ["_id"] = 2 });
            }

            Assert.Equal(0, db.Database.GetCollection("items").Count());
        }

        using var reopened = temp.Open();
        Assert.Equal(0, reopened.Database.GetCollection("items").Count());
        Assert.Equal(0, reopened.Database.GetCollection("other").Count());
    }

    [Fact]
    public void The_writes_of_every_commit_include_the_handled_mark_and_a_unit_that_wrote_nothing_still_commits_it()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var marks = db.Database.GetCollection("marks");
        var commits = 0;

        using (var unit = db.BeginUnit(() => marks.Upsert(new BsonDocument { ["_id"] = 7, ["n"] = ++commits })))
        {
            db.Database.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 });
            unit.Commit();
            db.Database.GetCollection("items").Insert(new BsonDocument { ["_id"] = 2 });
            unit.Complete();
            Assert.Equal(2, unit.Commits);
        }

        Assert.Equal(2, marks.FindById(7)["n"].AsInt32);

        using (var readOnly = db.BeginUnit(() => marks.Upsert(new BsonDocument { ["_id"] = 8 })))
        {
            readOnly.Complete();
            Assert.Equal(1, readOnly.Commits);
        }

        Assert.NotNull(marks.FindById(8));
    }

    [Fact]
    public async Task A_unit_that_spans_awaits_on_other_threads_commits_as_one()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var items = db.Database.GetCollection("items");

        using (var unit = db.BeginUnit())
        {
            for (var i = 1; i <= 20; i++)
            {
                items.Insert(new BsonDocument { ["_id"] = i });
                await Task.Yield();
                await Task.Delay(1);
            }

            Assert.Equal(20, items.Count());
            unit.Commit();
        }

        Assert.Equal(1, db.Flush.Commits);
        Assert.Equal(20, items.Count());
    }

    [Fact]
    public async Task Units_of_many_flows_at_once_are_each_atomic_and_share_fsyncs()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(flow => Task.Run(async () =>
        {
            using var unit = db.BeginUnit();
            var items = db.Database.GetCollection("items");
            items.Insert(new BsonDocument { ["_id"] = flow * 2 + 1 });
            await Task.Yield();
            items.Insert(new BsonDocument { ["_id"] = flow * 2 + 2 });
            unit.Commit();
        })));

        Assert.Equal(80, db.Database.GetCollection("items").Count());
        Assert.Equal(40, db.Flush.Commits);
        Assert.True(db.Flush.Fsyncs <= db.Flush.Commits);
    }
}

public sealed class ExclusiveFileTests
{
    // Two bots on one data folder would corrupt it (e.g. a container restarted before the old one died).
    [Fact]
    public void A_second_database_on_the_same_file_is_refused_while_the_first_is_open()
    {
        using var temp = new TempDatabase();
        using (temp.Open())
        {
            Assert.ThrowsAny<IOException>(() => temp.Open());
        }

        using var reopened = temp.Open();
    }
}
