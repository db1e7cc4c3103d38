using System.Diagnostics;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Hosting;

// Starts the built bot as an operator would (`dotnet PressHelperBot.dll`) and reads what it prints.
public sealed class MisconfiguredStartTests
{
    [Theory]
    [InlineData("", "Europe/Moscow", "BOT_TOKEN is not set")]
    [InlineData("not-a-token", "Europe/Moscow", "BOT_TOKEN is malformed")]
    [InlineData("123456:AAH-valid_looking", "Mars/Olympus", "TIME_ZONE 'Mars/Olympus' is not a known time zone")]
    public async Task A_bad_setting_stops_the_start_with_one_line_naming_it(string token, string zone, string expected)
    {
        using var folder = new TempDatabase();

        var (exitCode, output) = await RunBotAsync(folder.Folder, new() { ["BOT_TOKEN"] = token, ["TIME_ZONE"] = zone });

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("123456:AAH-valid_looking", line);
    }

    [Fact]
    public async Task A_token_that_Telegram_refuses_stops_the_bot_with_one_line_instead_of_retrying()
    {
        await using var telegram = await FakeTelegram.FakeTelegramServer.StartAsync(new FakeTelegram.FakeTelegramOptions());
        using var folder = new TempDatabase();
        const string revoked = "123456:AAH-revoked_by_botfather";

        var (exitCode, output) = await RunBotAsync(folder.Folder, new()
        {
            ["BOT_TOKEN"] = revoked,
            ["TELEGRAM_API_URL"] = telegram.BaseUrl,
            ["DATABASE_PATH"] = folder.FilePath,
            ["LOG_LEVEL"] = "None",
        });

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output);
        Assert.StartsWith("Configuration error: BOT_TOKEN was refused by Telegram (401", line);
        Assert.DoesNotContain(revoked, line);
        Assert.Single(telegram.Calls, c => c.Method == "getMe");
    }

    [Fact]
    public async Task Settings_are_read_from_a_dot_env_file_and_real_environment_variables_win()
    {
        using var folder = new TempDatabase();
        await File.WriteAllTextAsync(Path.Combine(folder.Folder, ".env"), "# local settings\nBOT_TOKEN=123:abc\nTIME_ZONE=\"Nowhere/Atlantis\"\nLOG_LEVEL=Warning\n");

        var (_, fromFile) = await RunBotAsync(folder.Folder, new() { ["BOT_TOKEN"] = null, ["TIME_ZONE"] = null });
        var (_, overridden) = await RunBotAsync(folder.Folder, new() { ["BOT_TOKEN"] = null, ["TIME_ZONE"] = "Moon/Base" });

        Assert.Contains("TIME_ZONE 'Nowhere/Atlantis'", Assert.Single(fromFile));
        Assert.Contains("TIME_ZONE 'Moon/Base'", Assert.Single(overridden));
    }

    private static async Task<(int ExitCode, List<string> Output)> RunBotAsync(string workingDirectory, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PressHelperBot.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in new[] { "BOT_TOKEN", "ADMIN_IDS", "TIME_ZONE", "DATABASE_PATH", "TELEGRAM_API_URL", "LOG_LEVEL" })
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var lines = ((await stdout) + (await stderr)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines);
    }
}
