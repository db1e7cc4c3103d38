using LiteDB;
using LiteDB.Engine;

namespace DurableLiteDb;

// The data file and the log file of one LiteDB database, opened by us instead of by LiteDB, so that a
// commit is made durable by an fsync we control (GroupFlush) instead of none at all.
//
// Why: LiteDB 5.0.21 writes a commit's pages into the log file and returns without an fsync (it
// fsyncs only at a checkpoint); 5.0.20 fsynced once per 8 KiB page written. Opened on our streams,
// LiteDB only Write()s to the log, and one fsync per group of concurrent commits makes them all
// durable (0.2-0.5 ms on an SSD, shared by everyone who committed meanwhile).
//
// The names are LiteDB's own ("x.db" and "x-log.db"), so a file written by a plain LiteDatabase opens
// here and its log is replayed, and the other way round.
public sealed class DurableFiles : IDisposable
{
    private readonly FileStream data;
    private readonly FileStream log;
    private bool disposed;

    private DurableFiles(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        LogPath = Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-log" + Path.GetExtension(full));

        // FileShare.None: a second process on the same files fails at once instead of corrupting them.
        // No user-space buffer: every Write LiteDB makes reaches the OS, so the fsync covers it.
        data = OpenFile(full);
        try
        {
            log = OpenFile(LogPath);
        }
        catch
        {
            data.Dispose();
            throw;
        }

        Flush = new GroupFlush(() => log.Flush(flushToDisk: true));
    }

    public string LogPath { get; }

    public GroupFlush Flush { get; }

    public static DurableFiles Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DurableFiles(path);
    }

    // The engine settings LiteDB needs to run on these files; the engine must be disposed before them.
    public EngineSettings EngineSettings() => new()
    {
        DataStream = new FsyncOnFlushStream(data),
        LogStream = log,
    };

    public LiteEngine CreateEngine() => new(EngineSettings());

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        var emptyLog = log.Length == 0;
        log.Dispose();
        data.Dispose();
        if (emptyLog && File.Exists(LogPath))
        {
            // LiteDB deletes an empty log when it owns the file; do the same.
            File.Delete(LogPath);
        }
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.RandomAccess);
}
