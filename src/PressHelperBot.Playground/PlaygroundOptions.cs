using System.Globalization;

namespace PressHelperBot.Playground;

// The playground's own settings. PLAYGROUND_PORT (or --port) and PLAYGROUND_DATA (or --data); the
// bot's settings (TIME_ZONE, HOLIDAYS, ...) are read from the environment as usual, except those the
// playground must own: the token, the API address, the database path and the admin's id.
public sealed record PlaygroundOptions
{
    public const string PortKey = "PLAYGROUND_PORT";
    public const string DataKey = "PLAYGROUND_DATA";
    public const int DefaultPort = 5080;

    // 0: any free port (the browser tests).
    public int Port { get; init; } = DefaultPort;

    // Holds the bot's LiteDB file; emptied at every start and by «Начать заново».
    public string DataFolder { get; init; } = Path.Combine("data", "playground");

    // Where the clock starts; null: Monday 09:00 of the current week in the bot's time zone.
    public DateTimeOffset? Start { get; init; }

    // Whether the clock also runs with real time between the moves (off in tests: nothing moves by itself).
    public bool ClockRuns { get; init; } = true;

    public string? Problem { get; init; }

    public static PlaygroundOptions From(string[] args, Func<string, string?> environment)
    {
        var options = new PlaygroundOptions();
        var port = Argument(args, "--port") ?? environment(PortKey);
        if (port is { Length: > 0 })
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                return options with { Problem = $"{PortKey}: «{port}» is not a port number (1-65535), e.g. {DefaultPort}." };
            }

            options = options with { Port = number };
        }

        var data = Argument(args, "--data") ?? environment(DataKey);
        return data is { Length: > 0 } ? options with { DataFolder = data } : options;
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
