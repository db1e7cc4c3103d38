using System.Globalization;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.LiteDbStorage;
using Hangfire.LiteDbStorage.Benchmarks;
using LiteDB;

// Prints LiteDB storage against Hangfire.InMemory: enqueue-to-start latency, jobs/s with 4 workers for
// 10,000 trivial jobs, and the LiteDB file size once they have expired. Printed, never asserted.
const int latencySamples = 500;
const int jobs = 10_000;
const int workers = 4;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();

// The folder of the database file: the temp folder by default; a tmpfs folder such as /dev/shm shows
// the storage's own cost without the disk's flush latency.
var folder = args.Length > 0 ? args[0] : Path.GetTempPath();
var path = Path.Combine(folder, $"hf-bench-{Guid.NewGuid():N}.db");
var logPath = Path.ChangeExtension(path, null) + "-log.db";
var clock = new OffsetClock();
Result lite;
long sizeBeforeExpiry, sizeAfterExpiry;
using (var storage = new LiteDbStorage(path, new LiteDbStorageOptions { TimeProvider = clock, ExpirationCheckInterval = TimeSpan.FromSeconds(1) }))
{
    Console.WriteLine("LiteDB storage: running...");
    lite = Scenario.Run(storage, latencySamples, jobs, workers);
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
long sizeAfterRebuild;
using (var db = new LiteDatabase(path))
{
    db.Rebuild();
    db.Checkpoint();
}
sizeAfterRebuild = FileSize();
File.Delete(path);
File.Delete(logPath);
File.Delete(Path.ChangeExtension(path, null) + "-backup.db");

Console.WriteLine("Hangfire.InMemory: running...");
var memory = Scenario.Run(new InMemoryStorage(new InMemoryStorageOptions()), latencySamples, jobs, workers);

Console.WriteLine();
Console.WriteLine($"{"",-34}{"LiteDB",12}{"InMemory",12}{"ratio",8}");
Row("enqueue-to-start median, ms", lite.MedianMs, memory.MedianMs);
Row("enqueue-to-start p99, ms", lite.P99Ms, memory.P99Ms);
Row($"enqueued per second", lite.EnqueuePerSecond, memory.EnqueuePerSecond);
Row($"performed per second, {workers} workers", lite.JobsPerSecond, memory.JobsPerSecond);
Console.WriteLine();
Console.WriteLine($"LiteDB file in {folder}");
Console.WriteLine($"LiteDB file after {jobs:N0} jobs: {sizeBeforeExpiry / 1024.0:N0} KiB; after expiration: {sizeAfterExpiry / 1024.0:N0} KiB; after Rebuild(): {sizeAfterRebuild / 1024.0:N0} KiB");

void Row(string name, double liteValue, double memoryValue) =>
    Console.WriteLine($"{name,-34}{liteValue,12:N2}{memoryValue,12:N2}{liteValue / memoryValue,8:N2}");

long FileSize() => (File.Exists(path) ? new FileInfo(path).Length : 0) + (File.Exists(logPath) ? new FileInfo(logPath).Length : 0);
