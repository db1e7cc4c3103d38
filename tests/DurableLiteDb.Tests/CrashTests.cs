using DurableLiteDb.CrashWriter;
using LiteDB;
using Xunit.Abstractions;

namespace DurableLiteDb.Tests;

// A commit reported durable survives a crash: a child process commits through DurableFiles and
// GroupFlush and prints each id once WaitDurable returned; it is SIGKILLed at a random moment, the file
// is opened again here, and every printed id must be in it, whole. Ten kills on the same file, so later
// runs also recover from the log an earlier kill left behind (some are killed during that recovery).
//
// A SIGKILL keeps what reached the OS, so this proves the commit path hands every page to the OS before
// it reports (no buffer in user space, no writer thread still holding pages); that the fsync itself
// happens before the report is GroupFlushTests' part.
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Runs = 10;

    [Theory]
    [InlineData("one-by-one")]
    [InlineData("groups")]
    public async Task Every_commit_reported_durable_is_in_the_file_after_a_kill(string mode)
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"seed {seed} (new Random(seed) reproduces the kill moments)");
        var random = new Random(seed);
        var folder = Path.Combine(Path.GetTempPath(), "durable-litedb-crash", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "crash.db");
        var reported = new List<string>();
        try
        {
            for (var run = 1; run <= Runs; run++)
            {
                // One run in four is killed while it opens the file and replays the log of the last kill.
                var whileWriting = random.Next(4) != 0;
                var killAfter = TimeSpan.FromMilliseconds(random.Next(0, whileWriting ? 800 : 400));
                var printed = await CrashWriterProcess.RunAndKillAsync(path, run, mode, whileWriting, killAfter);
                reported.AddRange(printed);
                var log = LogLength(path);

                var found = Check(path, run, reported);
                var when = whileWriting ? "after its first durable commit" : "after its start";
                output.WriteLine($"run {run}: killed {killAfter.TotalMilliseconds:0} ms {when}; {printed.Count} commits reported durable, {found} in the file; log left {log / 1024} KiB");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.NotEmpty(reported);
    }

    // Opens the file as the bot would after a crash and returns how many documents the run left.
    private static int Check(string path, int run, IReadOnlyList<string> reported)
    {
        using var files = DurableFiles.Open(path);
        using var db = new LiteDatabase(files.CreateEngine(), new BsonMapper());
        var docs = db.GetCollection(Writer.Documents);
        var missing = reported.Where(id => docs.FindById(id) is null).ToList();
        Assert.True(missing.Count == 0, $"run {run}: {missing.Count} commit(s) reported durable are missing, e.g. {string.Join(", ", missing.Take(5))}");

        foreach (var id in reported)
        {
            var doc = docs.FindById(id);
            Assert.Equal(Writer.Payload(doc["Seq"].AsInt32), doc["Payload"].AsString);
        }

        // A document and its writer's progress mark are one transaction: both or neither.
        var ofRun = docs.Find(Query.EQ("Run", run)).ToList();
        for (var writer = 0; writer < Writer.GroupWriters; writer++)
        {
            var mark = db.GetCollection(Writer.Progress).FindById(Writer.ProgressId(run, writer));
            var seqs = ofRun.Where(d => d["Writer"].AsInt32 == writer).Select(d => d["Seq"].AsInt32).Order().ToList();
            Assert.Equal(Enumerable.Range(1, mark?["Last"].AsInt32 ?? 0), seqs);
        }

        return ofRun.Count;
    }

    private static long LogLength(string path)
    {
        var log = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        return File.Exists(log) ? new FileInfo(log).Length : 0;
    }
}
