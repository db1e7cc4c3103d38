using LiteDB;

namespace PressHelperBot.Persistence;

public static class LiteCollectionExtensions
{
    // Replaces the stored document by `entity` only when `condition` (a LiteDB expression over the
    // stored document, e.g. "Status = 'Pending'") still holds. The check and the write are one
    // UpdateMany, which LiteDB runs under the collection's write lock: of two racing callers exactly
    // one gets true. Check-then-act in C# would let both win.
    public static bool TryReplace<T>(this ILiteCollection<T> collection, BsonMapper mapper, T entity, string condition, params BsonValue[] args)
    {
        var document = mapper.ToDocument(entity);
        var fields = document.Keys.Where(k => k != "_id").ToList();
        var transform = "{ " + string.Join(", ", fields.Select((f, i) => $"{f}: @{i}")) + " }";
        var values = fields.Select(f => document[f]).ToArray();

        var predicateArgs = new BsonValue[args.Length + 1];
        predicateArgs[0] = document["_id"];
        args.CopyTo(predicateArgs, 1);
        var predicate = $"_id = @0 AND ({Shift(condition, 1)})";

        return collection.UpdateMany(BsonExpression.Create(transform, values), BsonExpression.Create(predicate, predicateArgs)) == 1;
    }

    // The caller numbers its parameters from @0; the id takes @0 here, so theirs move up by one.
    private static string Shift(string condition, int by) =>
        System.Text.RegularExpressions.Regex.Replace(condition, @"@(\d+)", m => "@" + (int.Parse(m.Groups[1].Value) + by));
}
