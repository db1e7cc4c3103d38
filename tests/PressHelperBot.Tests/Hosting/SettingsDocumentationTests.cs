using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;

namespace PressHelperBot.Tests.Hosting;

// The keys the settings classes bind, the keys .env.example lists and the keys README's settings table
// lists are one set, so an operator never meets a setting the documents do not name, nor the reverse.
public sealed partial class SettingsDocumentationTests
{
    [Fact]
    public void Dot_env_example_lists_exactly_the_settings_the_bot_binds()
    {
        var listed = DotEnvExample().Keys.ToHashSet();

        AssertNone(SettingsKeys.Bound().Except(listed), "bound by a settings class but missing from .env.example");
        AssertNone(listed.Except(SettingsKeys.Bound()), "in .env.example but bound by no settings class");
    }

    [Fact]
    public void The_readme_table_lists_exactly_the_settings_the_bot_binds()
    {
        var listed = ReadmeTable().Keys.ToHashSet();

        AssertNone(SettingsKeys.Bound().Except(listed), "bound by a settings class but missing from README's settings table");
        AssertNone(listed.Except(SettingsKeys.Bound()), "in README's settings table but bound by no settings class");
    }

    // Copying .env.example to .env and filling in the token changes nothing else.
    [Fact]
    public void The_values_in_dot_env_example_are_the_defaults()
    {
        var example = DotEnvExample();
        example[TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking";
        example[StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db");
        using var host = BotHost.CreateBuilder([], example).Build();

        Assert.Null(BotHost.SettingsProblem(host.Services));
        foreach (var group in SettingsKeys.Groups())
        {
            var bound = host.Services.GetRequiredService(group);
            var defaults = Activator.CreateInstance(group)!;
            foreach (var property in group.GetProperties().Where(p => SettingsKeys.KeyOf(p) is { } key && key != StorageSettings.DatabasePathKey && key != TelegramSettings.BotTokenKey))
            {
                Assert.True(Equals(property.GetValue(defaults), property.GetValue(bound)), $"{SettingsKeys.KeyOf(property)} in .env.example is '{example[SettingsKeys.KeyOf(property)!]}', the default is '{property.GetValue(defaults)}'.");
            }
        }
    }

    // The README shows each default as `value`; "empty", "—" and the like stand for no value.
    [Fact]
    public void The_readme_shows_the_defaults_that_dot_env_example_has()
    {
        var example = DotEnvExample();

        foreach (var (key, shown) in ReadmeTable().Where(row => example.ContainsKey(row.Key)))
        {
            var value = example[key] ?? "";
            var quoted = BacktickedValue().Match(shown);
            Assert.True(quoted.Success ? quoted.Groups[1].Value == value : value.Length == 0,
                $"README shows the default of {key} as {shown}, .env.example has '{value}'.");
        }
    }

    [Fact]
    public void Every_settings_class_is_registered_and_bound()
    {
        using var host = BotHost.CreateBuilder([], new Dictionary<string, string?> { [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking" }).Build();

        Assert.All(SettingsKeys.Groups(), group => Assert.NotNull(host.Services.GetService(group)));
    }

    private static void AssertNone(IEnumerable<string> keys, string where)
    {
        var list = keys.Order().ToList();
        Assert.True(list.Count == 0, $"{string.Join(", ", list)}: {where}.");
    }

    private static Dictionary<string, string?> DotEnvExample()
    {
        var values = new Dictionary<string, string?>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryRoot(), ".env.example")))
        {
            var match = DotEnvLine().Match(line);
            if (match.Success)
            {
                values.Add(match.Groups["key"].Value, match.Groups["value"].Value.Trim());
            }
        }

        return values;
    }

    // Rows of the table under "## Settings": | `KEY` | default | meaning |
    private static Dictionary<string, string> ReadmeTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var section = lines.SkipWhile(l => l.Trim() != "## Settings").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var rows = new Dictionary<string, string>();
        foreach (var line in section)
        {
            var match = ReadmeRow().Match(line);
            if (match.Success)
            {
                rows.Add(match.Groups["key"].Value, match.Groups["default"].Value.Trim());
            }
        }

        return rows;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".env.example")) && File.Exists(Path.Combine(folder.FullName, "README.md")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No .env.example above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^(?<key>[A-Z][A-Z0-9_]*)=(?<value>.*)$")]
    private static partial Regex DotEnvLine();

    [GeneratedRegex(@"^\|\s*`(?<key>[A-Z][A-Z0-9_]*)`\s*\|(?<default>[^|]*)\|")]
    private static partial Regex ReadmeRow();

    [GeneratedRegex(@"^`([^`]*)`$")]
    private static partial Regex BacktickedValue();
}
