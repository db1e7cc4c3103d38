using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PressHelperBot.StyleCheck;
using PressHelperBot.StyleCheck.Benchmarks;

// In-process: the machine is shared, and a separate generated project would need its own build.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);

foreach (var kind in new[] { "release", "casual" })
{
    var report = StyleChecker.CreateDefault().Check(BenchTexts.Build(kind), hasVisualMedia: true);
    Console.WriteLine($"{kind}: {BenchTexts.Length} chars, score {report.Score}, {report.Findings.Count} findings");
}
BenchmarkRunner.Run<CheckBenchmarks>(config, args);
