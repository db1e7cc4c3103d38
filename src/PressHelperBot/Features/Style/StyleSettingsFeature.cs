using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

// "⚙️ Настройки проверки" for coordinators and admins: checks on/off and their own lexicon entries,
// applied to everyone at once and written to the audit log (StyleSettingsChanges). The router refuses these buttons to anyone else.
// Opened from the main menu, the settings and the list of words take the menu's place.
internal sealed class StyleSettingsFeature(
    StyleSettingsRepository store,
    StyleSettingsChanges changes,
    ConversationStore conversations,
    IChatNotifier notifier)
    : IButtonHandler<StyleSettingsButton>, IButtonHandler<SetCheckButton>, IButtonHandler<StyleWordsButton>,
        IButtonHandler<DeleteStyleWordButton>, IButtonHandler<AddStyleWordButton>
{
    public const string Name = "stylecfg";
    public const string WordStep = "word";

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, StyleSettingsButton button, CancellationToken ct)
    {
        LeaveWordStep(context);
        await ShowSettingsAsync(context, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, SetCheckButton button, CancellationToken ct)
    {
        if (!FindingKinds.All.Contains(button.Kind))
        {
            throw new StaleButtonException();
        }

        changes.SetCheck(button.Kind, button.Enabled, Actor.Of(context), context.Now);
        await ShowSettingsAsync(context, ct);
        return StyleTexts.Toggled(button.Kind, button.Enabled);
    }

    public async Task<string?> HandleAsync(BotContext context, StyleWordsButton button, CancellationToken ct)
    {
        LeaveWordStep(context);
        await ShowWordsAsync(context, button.Page, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DeleteStyleWordButton button, CancellationToken ct)
    {
        var deleted = changes.DeleteWord(button.WordId, Actor.Of(context), context.Now);
        await ShowWordsAsync(context, button.Page, ct);
        return deleted ? "Удалено" : StyleTexts.WordGone;
    }

    public async Task<string?> HandleAsync(BotContext context, AddStyleWordButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, WordStep);
        await notifier.SendAsync(context.ChatId, StyleTexts.AskWord, StyleKeyboards.CancelOnly(), ct);
        return null;
    }

    // Going back to the settings or the words leaves a word half typed.
    private void LeaveWordStep(BotContext context)
    {
        if (context.Conversation?.Feature == Name)
        {
            conversations.End(context.UserId);
        }
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
