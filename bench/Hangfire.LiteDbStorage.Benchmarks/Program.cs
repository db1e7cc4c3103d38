using System.Globalization;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.LiteDbStorage;
using Hangfire.LiteDbStorage.Benchmarks;
using LiteDB;
using PressHelperBot.Bench;

// Prints LiteDB storage against Hangfire.InMemory: enqueue-to-start latency, jobs/s with 4 workers for
// 10,000 trivial jobs, and the LiteDB file size once they have expired. Printed, never asserted.
// The file is on the real disk (the working directory unless a folder is given), with the fsync cost of
// that disk printed as the floor of a durable commit; the same run on tmpfs follows where there is one.
const int latencySamples = 500;
const int jobs = 10_000;
const int workers = 4;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();

var disk = FsyncProbe.DiskFolder(args.Length > 0 ? args[0] : null);
var fsyncMs = FsyncProbe.MedianMs(disk);
var onDisk = RunLiteDb(disk);
var onDiskLazy = RunLiteDb(disk, waitForFsync: false);
var tmpfsFolder = FsyncProbe.TmpfsFolder();
var onTmpfs = tmpfsFolder is null ? null : RunLiteDb(tmpfsFolder);

Console.WriteLine("Hangfire.InMemory: running...");
var memory = Scenario.Run(new InMemoryStorage(new InMemoryStorageOptions()), latencySamples, jobs, workers);

Console.WriteLine();
Console.WriteLine($"fsync of one 8 KiB page on the disk ({disk}): median {fsyncMs:F2} ms — the floor of one durable commit");
Console.WriteLine();
Console.WriteLine($"{"",-34}{"disk",12}{"disk, bot",12}{"tmpfs",12}{"InMemory",12}{"disk/InMemory",15}");
Row("enqueue-to-start median, ms", r => r.MedianMs);
Row("enqueue-to-start p99, ms", r => r.P99Ms);
Row("enqueued per second", r => r.EnqueuePerSecond);
Row($"performed per second, {workers} workers", r => r.JobsPerSecond);
Console.WriteLine();
Console.WriteLine($"disk: {onDisk.Sizes}");
Console.WriteLine($"disk, as the bot runs it (no wait for the fsync): {onDiskLazy.Sizes}");
if (onTmpfs is not null)
{
    Console.WriteLine($"tmpfs: {onTmpfs.Sizes}");
}

// The runs delete their files; the folders made for this run go too (a folder given is left as it was).
if (args.Length == 0)
{
    Directory.Delete(disk, recursive: true);
}

if (tmpfsFolder is not null)
{
    Directory.Delete(tmpfsFolder, recursive: true);
}

void Row(string name, Func<Result, double> value) =>
    Console.WriteLine($"{name,-34}{value(onDisk.Result),12:N2}{value(onDiskLazy.Result),12:N2}{(onTmpfs is null ? "—" : value(onTmpfs.Result).ToString("N2", CultureInfo.InvariantCulture)),12}{value(memory),12:N2}{value(onDisk.Result) / value(memory),15:N2}");

// waitForFsync: false is how the bot runs the storage (LiteDbStorageOptions.WaitForFsync): commits
// survive a crash of the process but return before the fsync.
static LiteRun RunLiteDb(string folder, bool waitForFsync = true)
{
    Directory.CreateDirectory(folder);
    var path = Path.Combine(folder, $"hf-bench-{Guid.NewGuid():N}.db");
    var logPath = Path.ChangeExtension(path, null) + "-log.db";
    var clock = new OffsetClock();
    Result result;
    long sizeBeforeExpiry, sizeAfterExpiry, sizeAfterRebuild;
    long commits, fsyncs;
    using (var storage = new LiteDbStorage(path, new LiteDbStorageOptions { TimeProvider = clock, ExpirationCheckInterval = TimeSpan.FromSeconds(1), WaitForFsync = waitForFsync }))
    {
        Console.WriteLine($"LiteDB storage in {folder}: running...");
        result = Scenario.Run(storage, latencySamples, jobs, workers);
        (commits, fsyncs) = storage.CommitCounts;
        sizeBeforeExpiry = FileSize();

        // Succeeded jobs expire after a day; move the storage's clock and let a server's sweep remove them.
        clock.Offset = TimeSpan.FromDays(2);
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1 }, storage))
        {
            var monitoring = storage.GetMonitoringApi();
            while (monitoring.SucceededListCount() > 0) Thread.Sleep(200);
        }
    }

    sizeAfterExpiry = FileSize();
    using (var db = new LiteDatabase(path))
    {
        db.Rebuild();
        db.Checkpoint();
    }

    sizeAfterRebuild = FileSize();
    File.Delete(path);
    File.Delete(logPath);
    File.Delete(Path.ChangeExtension(path, null) + "-backup.db");
    return new LiteRun(result,
        $"{commits:N0} commits, {fsyncs:N0} fsyncs ({(fsyncs == 0 ? "none waited for" : $"{(double)commits / fsyncs:F1} a fsync")}); file after {jobs:N0} jobs: {sizeBeforeExpiry / 1024.0:N0} KiB; " +
        $"after expiration: {sizeAfterExpiry / 1024.0:N0} KiB; after Rebuild(): {sizeAfterRebuild / 1024.0:N0} KiB");

    long FileSize() => (File.Exists(path) ? new FileInfo(path).Length : 0) + (File.Exists(logPath) ? new FileInfo(logPath).Length : 0);
}

internal sealed record LiteRun(Result Result, string Sizes);
