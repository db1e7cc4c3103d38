using System.Reflection;
using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration;

namespace PressHelperBot.Tests.Hosting;

// The settings the bot binds, found the way the binder finds them: [ConfigurationKeyName] on a property
// of a settings class.
internal static class SettingsKeys
{
    public static IReadOnlyList<Type> Groups() =>
        [.. typeof(TelegramSettings).Assembly.GetTypes().Where(t => t.GetProperties().Any(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>() is not null))];

    public static IReadOnlySet<string> Bound() =>
        Groups().SelectMany(g => g.GetProperties()).Select(KeyOf).OfType<string>().ToHashSet();

    public static string? KeyOf(PropertyInfo property) => property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name;
}
