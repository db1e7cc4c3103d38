using LiteDB;

namespace PressHelperBot.Persistence.Units;

// A query's documents, read to the end and closed, served as LiteDB's reader interface.
internal sealed class MaterializedReader : IBsonDataReader
{
    private readonly List<BsonValue> values;
    private int position = -1;

    private MaterializedReader(string collection, List<BsonValue> values)
    {
        Collection = collection;
        this.values = values;
    }

    public BsonValue this[string field] => Current.AsDocument[field] ?? BsonValue.Null;

    public string Collection { get; }

    public BsonValue Current => position >= 0 && position < values.Count ? values[position] : BsonValue.Null;

    public bool HasValues => values.Count > 0;

    public static MaterializedReader ReadAll(IBsonDataReader reader)
    {
        using (reader)
        {
            var values = new List<BsonValue>();
            while (reader.Read())
            {
                values.Add(reader.Current);
            }

            return new MaterializedReader(reader.Collection, values);
        }
    }

    public bool Read() => ++position < values.Count;

    public void Dispose()
    {
    }
}
