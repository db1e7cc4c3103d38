using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// One setting as the operator knows it: the environment key (not the C# property) and its default.
internal sealed record Setting(string Key, PropertyInfo Property, object? Default)
{
    // The settings a group binds, in the order they are declared.
    public static IReadOnlyList<Setting> Of(Type group)
    {
        var defaults = Activator.CreateInstance(group);
        return [.. group.GetProperties()
            .Where(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>() is not null)
            .Select(p => new Setting(p.GetCustomAttribute<ConfigurationKeyNameAttribute>()!.Name, p, p.GetValue(defaults)))];
    }

    public static Setting Of(Type group, string propertyName) =>
        Of(group).SingleOrDefault(s => s.Property.Name == propertyName)
        ?? throw new InvalidOperationException($"{group.Name}.{propertyName} has no [ConfigurationKeyName]: every bound setting is named by its environment key.");

    public string DefaultText => Show(Default);

    public static string Show(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
