using Telegram.Bot;

namespace FakeTelegram.Tests;

internal static class Clients
{
    public static FakeTelegramOptions Checked => new() { CheckOwnAnswers = true };

    // The real client, pointed at the fake; its own 429 retry is off unless a test wants it.
    public static TelegramBotClient For(FakeTelegramServer server, bool retryOn429 = false)
    {
        var options = new TelegramBotClientOptions(server.Token, server.BaseUrl)
        {
            RetryThreshold = retryOn429 ? 60 : 0,
            RetryCount = retryOn429 ? 3 : 0,
        };
        return new TelegramBotClient(options);
    }
}
