using System.Diagnostics;

namespace PressHelperBot.Bench;

// The floor under every durable commit on a disk: one 8 KiB page written and fsynced, the way a LiteDB
// commit writes its last page. Measured in the benchmark's own run, on the folder it uses.
internal static class FsyncProbe
{
    public static double MedianMs(string folder, int samples = 300)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"fsync-probe-{Guid.NewGuid():N}.bin");
        var page = new byte[8192];
        var times = new List<double>(samples);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            for (var i = 0; i < samples + 20; i++)
            {
                var start = Stopwatch.GetTimestamp();
                file.Write(page);
                file.Flush(flushToDisk: true);
                if (i >= 20)
                {
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }
        finally
        {
            File.Delete(path);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    // A folder on the machine's real disk by default (the working directory), not the temp folder,
    // which is a tmpfs on many machines.
    public static string DiskFolder(string? given) => Path.GetFullPath(given ?? Path.Combine("bench-data", Guid.NewGuid().ToString("N")));

    // tmpfs beside the disk, where the machine has one: the same run without the disk's share.
    public static string? TmpfsFolder() => Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "presshelper-bench", Guid.NewGuid().ToString("N")) : null;
}
