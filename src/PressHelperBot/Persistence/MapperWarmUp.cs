using System.Reflection;
using LiteDB;

namespace PressHelperBot.Persistence;

// LiteDB 5.0.21 builds the mapping of a type the first time it reads or writes one, and publishes it
// before it is complete (litedb-org/LiteDB#2536, fixed only after 5.0.21): a thread that meets the
// same type at that moment gets a mapping with fields missing. A read then fails with "does not have a
// default constructor", and the broken constructor is kept, so that type stays unreadable until the
// process restarts; a write can drop fields. Right after a start the sweeps, the job workers and several
// chats meet their first submissions at once, so this is no rare race.
//
// The cure: every type a collection stores, and every type inside it, is mapped completely on one
// thread before the collection is handed out (BotDatabase.Collection).
internal static class MapperWarmUp
{
    public static void Warm(BsonMapper mapper, Type type, HashSet<Type> done)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!done.Add(type) || IsValue(type))
        {
            return;
        }

        if (type.IsArray)
        {
            Warm(mapper, type.GetElementType()!, done);
            return;
        }

        if (Generic(type, typeof(IDictionary<,>)) is { } dictionary)
        {
            // A dictionary is read through a mapping of its own (its constructor), its values as items.
            Map(mapper, type);
            Warm(mapper, dictionary[1], done);
            return;
        }

        if (Generic(type, typeof(IEnumerable<>)) is { } list)
        {
            Warm(mapper, list[0], done);
            return;
        }

        Map(mapper, type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            Warm(mapper, property.PropertyType, done);
        }
    }

    // Reading an empty document builds the type's whole mapping and picks its constructor; creating the
    // object from nothing may fail afterwards (a record's constructor refuses the missing values), which
    // changes nothing that was built.
    private static void Map(BsonMapper mapper, Type type)
    {
        try
        {
            mapper.Deserialize(type, new BsonDocument());
        }
        catch (Exception)
        {
        }
    }

    // Stored as a single BSON value (numbers, text, dates, ids, registered types): no mapping to build.
    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(object) || typeof(BsonValue).IsAssignableFrom(type)
        || (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType && !type.IsArray);

    private static Type[]? Generic(Type type, Type definition) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type : null)?.GetGenericArguments()
        ?? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();
}
