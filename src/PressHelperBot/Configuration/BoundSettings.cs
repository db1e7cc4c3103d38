using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// Binds one settings group from configuration (.env, environment, command line) by the keys its properties
// name in [ConfigurationKeyName]. It differs from a plain Bind(configuration) in two ways:
// - a blank value counts as unset and other values are trimmed, so "CUR_CHAT_ID=" in .env or in docker's
//   --env-file keeps the default instead of failing to be a number;
// - text the binder cannot convert at all ("soon" for a number) becomes a validation failure with the
//   setting's own one-line fix, instead of the binder's exception with a stack trace.
internal sealed class BoundSettings<T>(IConfiguration configuration) : IConfigureOptions<T>, IValidateOptions<T>
    where T : class, new()
{
    private static readonly IReadOnlyList<Setting> Settings = Setting.Of(typeof(T));

    public static T Read(IConfiguration configuration)
    {
        var settings = new T();
        new BoundSettings<T>(configuration).Configure(settings);
        return settings;
    }

    public void Configure(T settings)
    {
        var given = Settings
            .Select(s => KeyValuePair.Create(s.Key, configuration[s.Key]?.Trim()))
            .Where(pair => !string.IsNullOrEmpty(pair.Value));
        try
        {
            new ConfigurationBuilder().AddInMemoryCollection(given).Build().Bind(settings);
        }
        catch (InvalidOperationException) when (FirstUnreadable() is not null)
        {
            // Reported by Validate, which runs before anyone gets these settings.
        }
    }

    public ValidateOptionsResult Validate(string? name, T settings) =>
        FirstUnreadable() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Skip;

    private string? FirstUnreadable()
    {
        foreach (var setting in Settings)
        {
            var text = configuration[setting.Key]?.Trim();
            if (!string.IsNullOrEmpty(text) && setting.Property.PropertyType != typeof(string) && !Converts(setting.Property.PropertyType, text))
            {
                var rule = setting.Property.GetCustomAttribute<SettingRuleAttribute>()
                    ?? throw new InvalidOperationException($"{typeof(T).Name}.{setting.Property.Name} needs a rule that explains a wrong {setting.Key}.");
                return rule.Wrong(setting, text);
            }
        }

        return null;
    }

    // The same conversion the configuration binder makes.
    private static bool Converts(Type type, string text)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }
}
