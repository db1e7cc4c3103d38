using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

// The typed step of "➕ Добавить слово": one or more lines «фраза | категория | замена».
internal sealed class StyleWordConversation(
    StyleSettingsChanges changes,
    ConversationStore conversations,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => StyleSettingsFeature.Name;

    public Audience Audience => Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var text = context.Message?.Text;
        var (entries, problem) = text is null ? ([], StyleTexts.WordNotText) : StyleWordInput.Parse(text);
        if (problem is not null)
        {
            await notifier.SendAsync(context.ChatId, problem, StyleKeyboards.CancelOnly(), ct);
            return;
        }

        changes.AddWords(entries, Actor.Of(context), context.Now);
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, StyleTexts.Added(entries), StyleKeyboards.AfterAdd(), ct);
    }
}
