using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Benchmarks;

// The baseline: the plainest Telegram.Bot bot there is. Its receiver handles updates one by one,
// and every text is sent straight back.
internal static class EchoBot
{
    public static async Task RunAsync(string token, string baseUrl, CancellationToken ct)
    {
        var bot = new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl), cancellationToken: ct);
        var options = new ReceiverOptions { AllowedUpdates = [UpdateType.Message] };
        try
        {
            await bot.ReceiveAsync(
                async (client, update, token) =>
                {
                    if (update.Message is { Text: { } text } message)
                    {
                        await client.SendMessage(message.Chat.Id, text, cancellationToken: token);
                    }
                },
                (_, _, _) => Task.CompletedTask,
                options,
                ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
