using LiteDB;

namespace PressHelperBot.Persistence;

// The one LiteDatabase of the process. Registered as a singleton so every repository (and later
// the Hangfire storage) shares one file handle and LiteDB's in-process locking.
public sealed class BotDatabase : IDisposable
{
    public BotDatabase(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Mapper = BotBsonMapper.Create();
        Database = new LiteDatabase(new SerializedWrites(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { Filename = path })), Mapper, disposeOnClose: true);
    }

    public LiteDatabase Database { get; }

    public BsonMapper Mapper { get; }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    public void Dispose() => Database.Dispose();
}
