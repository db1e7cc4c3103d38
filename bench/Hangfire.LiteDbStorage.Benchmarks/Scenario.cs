using System.Diagnostics;

namespace Hangfire.LiteDbStorage.Benchmarks;

internal sealed record Result(double MedianMs, double P99Ms, double EnqueuePerSecond, double JobsPerSecond);

internal static class Scenario
{
    public static Result Run(JobStorage storage, int latencySamples, int jobs, int workers)
    {
        var client = new BackgroundJobClient(storage);
        var options = new BackgroundJobServerOptions { WorkerCount = workers, ShutdownTimeout = TimeSpan.FromSeconds(30) };

        // Latency: one job at a time against an idle server, from the Enqueue call to the job's first line.
        var latencies = new List<double>();
        using (new BackgroundJobServer(options, storage))
        {
            Thread.Sleep(500);
            for (var i = 0; i < latencySamples + 20; i++)
            {
                BenchJobs.Reset(1);
                var before = Stopwatch.GetTimestamp();
                client.Enqueue(() => BenchJobs.Run(0));
                if (!BenchJobs.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("A latency sample never started.");
                if (i >= 20) latencies.Add(Stopwatch.GetElapsedTime(before, BenchJobs.StartedAt(0)).TotalMilliseconds);
            }
        }

        Console.WriteLine($"  latency done ({latencySamples} samples)");

        // Throughput: the jobs are enqueued first, then a fresh server with the given workers drains them.
        BenchJobs.Reset(jobs);
        var enqueue = Stopwatch.StartNew();
        for (var i = 0; i < jobs; i++)
        {
            var index = i;
            client.Enqueue(() => BenchJobs.Run(index));
        }
        enqueue.Stop();
        Console.WriteLine($"  {jobs:N0} enqueued in {enqueue.Elapsed.TotalSeconds:N1} s");
        var drain = Stopwatch.StartNew();
        using (new BackgroundJobServer(options, storage))
        {
            if (!BenchJobs.Wait(TimeSpan.FromMinutes(10))) throw new TimeoutException("The jobs were not all performed.");
            drain.Stop();
        }

        latencies.Sort();
        return new Result(
            latencies[latencies.Count / 2],
            latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(latencies.Count * 0.99) - 1)],
            jobs / enqueue.Elapsed.TotalSeconds,
            jobs / drain.Elapsed.TotalSeconds);
    }
}
