using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

// The "📝 Предложить новость" button under a quota reminder starts the submission flow exactly as
// its command (/new) does. The command is looked up when pressed, not injected, because command
// handlers are resolved together and injecting them into a handler makes a dependency cycle.
internal sealed class SuggestNews(IServiceProvider services) : ICallbackHandler
{
    public const string Name = "qnew";

    public const string SubmissionCommand = "new";

    public string Feature => Name;

    public Audience Audience => Audience.Registered;

    public static InlineKeyboardButton Button() => Telegram.Buttons.Callback(QuotaTexts.SuggestButton, Name, "go");

    public static InlineKeyboardMarkup Keyboard() => Telegram.Buttons.Column(Button());

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        var command = services.GetServices<ICommandHandler>().FirstOrDefault(c => c.Command == SubmissionCommand);
        if (command is null || !context.Is(command.Audience))
        {
            throw new StaleButtonException();
        }
        await command.HandleAsync(context, "", ct);
        return null;
    }
}
