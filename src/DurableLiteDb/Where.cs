using LiteDB;

namespace DurableLiteDb;

// Query conditions with their values as parameters, for use instead of LiteDB's Query.EQ, Query.In,
// Query.Between and Query.LT. Those write the value into the expression's text, and LiteDB compiles
// every new text to a delegate (Reflection.Emit) and keeps it in a static cache for ever
// (litedb-org/LiteDB#2421): an id, a key or "now" in a condition meant one more compiled method per
// call, a leak in a bot that runs for months and, measured under 200 join requests at once, a sixth of
// all CPU spent in the JIT. Here the text is the same for every value, so it is compiled once.
public static class Where
{
    public static BsonExpression Eq(string field, BsonValue value) => BsonExpression.Create($"{field} = @0", value);

    public static BsonExpression Lt(string field, BsonValue value) => BsonExpression.Create($"{field} < @0", value);

    public static BsonExpression Between(string field, BsonValue from, BsonValue to) =>
        BsonExpression.Create($"{field} BETWEEN @0 AND @1", from, to);

    public static BsonExpression EqAndEq(string field, BsonValue value, string other, BsonValue otherValue) =>
        BsonExpression.Create($"{field} = @0 AND {other} = @1", value, otherValue);

    public static BsonExpression EqAndBetween(string field, BsonValue value, string other, BsonValue from, BsonValue to) =>
        BsonExpression.Create($"{field} = @0 AND {other} BETWEEN @1 AND @2", value, from, to);
}
