using DurableLiteDb;
using Hangfire.Common;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Times are stored as UTC ticks: LiteDB's own DateTime values come back in local time unless the
// connection says otherwise, and the host owns that setting.
internal static class Bson
{
    public static BsonValue Ticks(DateTime utc) => new BsonValue(utc.ToUniversalTime().Ticks);

    public static DateTime Utc(BsonValue value) => new(value.AsInt64, DateTimeKind.Utc);

    public static DateTime? UtcOrNull(BsonValue value) => value.IsNull ? null : Utc(value);

    public static string? StringOrNull(BsonValue value) => value.IsNull ? null : value.AsString;

    // A key and a member in one _id: the length prefix keeps ("ab", "c") apart from ("a", "bc").
    public static string Composite(string key, string member) => $"{key.Length}:{key}{member}";

    public static string Json(IDictionary<string, string> values) =>
        SerializationHelper.Serialize(values, SerializationOption.Internal);

    public static Dictionary<string, string> Dictionary(BsonValue json) =>
        json.IsNull
            ? new Dictionary<string, string>()
            : SerializationHelper.Deserialize<Dictionary<string, string>>(json.AsString, SerializationOption.Internal)
              ?? new Dictionary<string, string>();

    public static TimeSpan Ttl(BsonValue expireAt, DateTime now) =>
        expireAt.IsNull ? TimeSpan.FromSeconds(-1) : Utc(expireAt) - now;

    public static BsonExpression ExpiredBy(DateTime now) => Where.Between("ExpireAt", 1L, now.Ticks);
}
