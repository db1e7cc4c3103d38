using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

// "⚙️ Настройки проверки" for coordinators and admins: checks on/off and their own lexicon entries,
// applied to everyone at once and written to the audit log (StyleSettingsChanges). The router refuses
// these buttons to anyone else.
internal sealed class StyleSettingsFeature(
    StyleSettingsRepository store,
    StyleSettingsChanges changes,
    ConversationStore conversations,
    IChatNotifier notifier) : ICallbackHandler
{
    public const string Name = "stylecfg";
    public const string WordStep = "word";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "open":
                await ShowSettingsAsync(context, ct);
                return null;
            case "set":
                var kind = KindOf(data);
                var enabled = data.IntArg(1) == 1;
                changes.SetCheck(kind, enabled, context.UserId, context.DisplayName, context.Now);
                await ShowSettingsAsync(context, ct);
                return StyleTexts.Toggled(kind, enabled);
            case "words":
                await ShowWordsAsync(context, data.IntArg(0), ct);
                return null;
            case "del":
                var deleted = changes.DeleteWord(data.IntArg(0), context.UserId, context.DisplayName, context.Now);
                await ShowWordsAsync(context, data.IntArg(1), ct);
                return deleted ? "Удалено" : StyleTexts.WordGone;
            case "add":
                conversations.Begin(context.UserId, Name, WordStep);
                await notifier.SendAsync(context.ChatId, StyleTexts.AskWord, StyleKeyboards.CancelOnly(), ct);
                return null;
            default:
                throw new StaleButtonException();
        }
    }

    private static FindingKind KindOf(CallbackData data)
    {
        var kind = (FindingKind)data.IntArg(0);
        return FindingKinds.All.Contains(kind) ? kind : throw new StaleButtonException();
    }

    private Task ShowSettingsAsync(BotContext context, CancellationToken ct)
    {
        var disabled = store.DisabledChecks();
        var words = store.Words().Count;
        return notifier.ReplaceAsync(context, StyleTexts.Settings(disabled, words), StyleKeyboards.Settings(disabled, words), ct);
    }

    private async Task ShowWordsAsync(BotContext context, int pageNumber, CancellationToken ct)
    {
        var words = store.Words();
        if (words.Count == 0)
        {
            await notifier.ReplaceAsync(context, StyleTexts.NoWords, StyleKeyboards.Words([], 0, 1), ct);
            return;
        }

        var pages = (words.Count + StyleKeyboards.WordsPerPage - 1) / StyleKeyboards.WordsPerPage;
        pageNumber = Math.Clamp(pageNumber, 0, pages - 1);
        var page = words.Skip(pageNumber * StyleKeyboards.WordsPerPage).Take(StyleKeyboards.WordsPerPage).ToList();
        var numbered = page.Select((w, i) => (pageNumber * StyleKeyboards.WordsPerPage + i + 1, w.ToEntry())).ToList();
        await notifier.ReplaceAsync(context, StyleTexts.WordsList(numbered, words.Count, pageNumber, pages), StyleKeyboards.Words(page, pageNumber, pages), ct);
    }
}
