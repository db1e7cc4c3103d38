using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Help;

internal sealed class HelpCommand(IChatNotifier notifier) : ICommandHandler
{
    public string Command => "help";

    public string? Description => "что умеет бот";

    public Audience Audience => Audience.Everyone;

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, HelpTexts.For(context.Audience), ct: ct);
}
