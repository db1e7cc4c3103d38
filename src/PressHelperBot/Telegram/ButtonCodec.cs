using System.Globalization;
using System.Reflection;
using System.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

// A button's payload as a typed record, e.g.
//   [Button("rv.approve")] public sealed record ApproveButton(int SubmissionId, int Round) : IButton;
// Its handler is an IButtonHandler<ApproveButton>; the router decodes the press and builds only that one.
public interface IButton;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ButtonAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}

// The one codec of callback data: "v2:<id>:<arg>:<arg>…", the arguments in the order of the record's
// constructor. Telegram allows 64 bytes, so ids are short and arguments are numbers, dates (yyyyMMdd),
// enums (as numbers) or short strings without ':'. Anything that does not decode is a stale button.
public static class ButtonCodec
{
    public const string Version = "v2";

    // Telegram's limit for callback_data, in bytes.
    public const int MaxBytes = 64;

    private static readonly Dictionary<Type, Shape> ByType = [];
    private static readonly Dictionary<string, Shape> ById = new(StringComparer.Ordinal);

    static ButtonCodec()
    {
        foreach (var type in typeof(ButtonCodec).Assembly.GetTypes().Where(t => typeof(IButton).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface))
        {
            var id = type.GetCustomAttribute<ButtonAttribute>()?.Id
                ?? throw new InvalidOperationException($"{type.Name} needs a [Button(\"…\")] id.");
            if (id.Contains(':', StringComparison.Ordinal) || !ById.TryAdd(id, Shape.Of(type, id)))
            {
                throw new InvalidOperationException($"Button id '{id}' of {type.Name} is taken or contains ':'.");
            }

            ByType[type] = ById[id];
        }
    }

    public static IEnumerable<Type> ButtonTypes => ByType.Keys;

    public static string Encode(IButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        var shape = ByType[button.GetType()];
        var parts = new List<string> { Version, shape.Id };
        parts.AddRange(shape.Getters.Select(g => Format(g.GetValue(button))));
        var data = string.Join(':', parts);
        if (parts.Skip(2).Any(p => p.Contains(':', StringComparison.Ordinal)) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            throw new ArgumentException($"Button '{data}' does not fit Telegram's callback data (64 bytes, no ':' in arguments).");
        }

        return data;
    }

    public static IButton? TryDecode(string? data)
    {
        if (string.IsNullOrEmpty(data) || !data.StartsWith(Version + ":", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = data.Split(':');
        if (parts.Length < 2 || !ById.TryGetValue(parts[1], out var shape) || parts.Length - 2 != shape.Parameters.Length)
        {
            return null;
        }

        var values = new object?[shape.Parameters.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!TryParse(parts[i + 2], shape.Parameters[i].ParameterType, out values[i]))
            {
                return null;
            }
        }

        return (IButton)shape.Constructor.Invoke(values);
    }

    public static InlineKeyboardButton Button(string label, IButton button) =>
        InlineKeyboardButton.WithCallbackData(label, Encode(button));

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool TryParse(string text, Type type, out object? value)
    {
        value = null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (text.Length == 0)
        {
            // An empty argument is "" for a string and null for a nullable value; nothing else.
            value = target == typeof(string) ? "" : null;
            return target == typeof(string) || target != type;
        }

        if (target == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
        }
        else if (target == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
        }
        else if (target == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = d;
        }
        else if (target == typeof(bool) && text is "0" or "1")
        {
            value = text == "1";
        }
        else if (target.IsEnum && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) && Enum.IsDefined(target, Enum.ToObject(target, e)))
        {
            value = Enum.ToObject(target, e);
        }
        else if (target == typeof(string))
        {
            value = text;
        }

        return value is not null;
    }

    private sealed record Shape(string Id, ConstructorInfo Constructor, ParameterInfo[] Parameters, PropertyInfo[] Getters)
    {
        public static Shape Of(Type type, string id)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var getters = parameters.Select(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{type.Name}: parameter {p.Name} has no property of that name.")).ToArray();
            return new Shape(id, constructor, parameters, getters);
        }
    }
}
