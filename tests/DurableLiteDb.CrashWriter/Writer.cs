using LiteDB;

namespace DurableLiteDb.CrashWriter;

// Writes to a database opened through DurableFiles the way BotDatabase and LiteDbStorage do: one writer
// in a transaction at a time, its GroupFlush ticket taken under the writer's lock right after the
// commit, the wait for the fsync outside it (so writers that commit meanwhile share the next fsync).
// It prints "durable <id>" for a commit only once WaitDurable has returned for it, and goes on until it
// is killed. The crash test (DurableLiteDb.Tests) kills it at a random moment and looks for every
// printed id in the file.
//
//   dotnet DurableLiteDb.CrashWriter.dll <database path> <run number> <one-by-one|groups>
public static class Writer
{
    public const string Documents = "docs";
    public const string Progress = "progress";
    public const string Ready = "ready";
    public const string DurablePrefix = "durable ";

    // Writers committing at once in "groups" mode; "one-by-one" has one.
    public const int GroupWriters = 8;

    public static int Run(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[1], out var run) || args[2] is not ("one-by-one" or "groups"))
        {
            Console.Error.WriteLine("usage: DurableLiteDb.CrashWriter <database path> <run number> <one-by-one|groups>");
            return 2;
        }

        using var files = DurableFiles.Open(args[0]);
        using var db = new LiteDatabase(files.CreateEngine(), new BsonMapper());
        var docs = db.GetCollection(Documents);
        docs.EnsureIndex("Run");
        docs.EnsureIndex("Writer");
        var writerLock = new Lock();
        Console.Out.WriteLine(Ready);

        var writers = Enumerable.Range(0, args[2] == "groups" ? GroupWriters : 1)
            .Select(writer => new Thread(() => Write(db, files.Flush, writerLock, run, writer)) { IsBackground = true })
            .ToList();
        writers.ForEach(t => t.Start());
        writers.ForEach(t => t.Join());
        return 0;
    }

    public static string Id(int run, int writer, int seq) => $"r{run}-w{writer}-{seq}";

    public static string ProgressId(int run, int writer) => $"r{run}-w{writer}";

    // 0 to 24,000 characters: many commits span several 8 KiB pages, and a run's log often reaches
    // LiteDB's checkpoint (1000 pages), so kills also land around checkpoints.
    public static string Payload(int seq) => new((char)('a' + (seq % 26)), (int)((uint)seq * 2654435761u % 24_000));

    // Endless: each commit inserts a document and moves the writer's progress mark in one transaction.
    private static void Write(LiteDatabase db, GroupFlush flush, Lock writerLock, int run, int writer)
    {
        var docs = db.GetCollection(Documents);
        var progress = db.GetCollection(Progress);
        for (var seq = 1; ; seq++)
        {
            var id = Id(run, writer, seq);
            long ticket;
            lock (writerLock)
            {
                db.BeginTrans();
                docs.Insert(new BsonDocument
                {
                    ["_id"] = id,
                    ["Run"] = run,
                    ["Writer"] = writer,
                    ["Seq"] = seq,
                    ["Payload"] = Payload(seq),
                });
                progress.Upsert(new BsonDocument { ["_id"] = ProgressId(run, writer), ["Last"] = seq });
                db.Commit();
                ticket = flush.Committed();
            }

            flush.WaitDurable(ticket);
            Console.Out.WriteLine(DurablePrefix + id);
        }
    }
}
