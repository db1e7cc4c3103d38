using LiteDB;

namespace Hangfire.LiteDbStorage;

public static class LiteDbStorageExtensions
{
    public static IGlobalConfiguration<LiteDbStorage> UseLiteDbStorage(
        this IGlobalConfiguration configuration, string path, LiteDbStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.UseStorage(new LiteDbStorage(path, options));
    }

    // The caller owns the database and disposes it after the servers have stopped.
    public static IGlobalConfiguration<LiteDbStorage> UseLiteDbStorage(
        this IGlobalConfiguration configuration, LiteDatabase database, LiteDbStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.UseStorage(new LiteDbStorage(database, options));
    }
}
