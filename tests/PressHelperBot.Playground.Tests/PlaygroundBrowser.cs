using Microsoft.Playwright;

namespace PressHelperBot.Playground.Tests;

// The playground on a free port with its clock stopped at Monday 23.11.2026 09:00 Moscow, and the
// Debian package's Chromium driven headless by Playwright (no browser download: the executable is given).
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly DateTimeOffset Monday0900Moscow = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "presshelper-playground-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public PlaygroundApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    // Screens worth looking at after a run: PRESSHELPER_SCREENSHOTS=<folder>, else next to the tests.
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("PRESSHELPER_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        // A missing browser fails the run: a browser test that passes without a browser proves nothing.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}; the playground's browser tests need it. Install it with: apt-get install -y chromium (.ci/run does this).");
        }

        App = await PlaygroundApp.StartAsync(new PlaygroundOptions
        {
            Port = 0,
            DataFolder = dataFolder,
            Start = Monday0900Moscow,
            ClockRuns = false,
        });
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // CI runs as root, where Chromium refuses its sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
