using PressHelperBot.Persistence;

namespace PressHelperBot.Tests.Support;

// A LiteDB file in its own temp folder, deleted with the folder at the end.
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string FilePath => System.IO.Path.Combine(Folder, "data", "presshelper.db");

    public BotDatabase Open() => new(FilePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a host being torn down; the OS temp cleanup takes it later.
        }
    }
}
