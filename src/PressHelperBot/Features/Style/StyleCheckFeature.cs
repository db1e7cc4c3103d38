using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck.Rendering;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Style;

// "/style <текст>" and "🔎 Проверить текст": the score, the text with problems underlined and the
// advice. After a check the person stays at the same step, so the next text is checked too.
internal sealed class StyleCheckFeature(
    StyleReview review,
    ConversationStore conversations,
    IChatNotifier notifier) : ICommandHandler, IButtonHandler<CheckTextButton>, IConversationHandler
{
    public const string Name = "style";
    private const string TextStep = "text";

    // The captioned item of an album is checked; the others of the same album must not each
    // be answered with "no caption".
    private const string AlbumKey = "album";

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "проверить текст на канцелярит";

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        if (argument.Trim().Length == 0)
        {
            await AskAsync(context, ct);
            return;
        }

        conversations.End(context.UserId);
        await ReplyAsync(context, argument, hasVisualMedia: false, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, CheckTextButton button, CancellationToken ct)
    {
        if (button.InPlace)
        {
            conversations.Begin(context.UserId, Name, TextStep);
            await notifier.ReplaceAsync(context, StyleTexts.AskText, Telegram.Buttons.Column(MainMenu.Back()), ct);
            return null;
        }

        await AskAsync(context, ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var message = context.Message;
        if (message is null)
        {
            return;
        }

        if (message.MediaGroupId is { } album && state.Value(AlbumKey) == album && message.Caption is null)
        {
            return;
        }

        if (message.MediaGroupId is { } group)
        {
            state.Values[AlbumKey] = group;
            conversations.MoveTo(state, TextStep);
        }

        var (text, hasVisualMedia, problem) = Input(message);
        if (problem is not null)
        {
            await notifier.SendAsync(context.ChatId, problem, StyleKeyboards.CancelOnly(), ct);
            return;
        }

        await ReplyAsync(context, text!, hasVisualMedia, ct);
    }

    private static (string? Text, bool HasVisualMedia, string? Problem) Input(Message message)
    {
        var visual = message.Photo is not null || message.Video is not null || message.Animation is not null || message.VideoNote is not null;
        var text = message.Text ?? message.Caption;
        if (text is null)
        {
            return (null, visual, visual ? StyleTexts.NoCaption : StyleTexts.NotText);
        }

        return text.Trim().Length == 0 ? (null, visual, StyleTexts.EmptyText) : (text, visual, null);
    }

    private async Task AskAsync(BotContext context, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, TextStep);
        await notifier.SendAsync(context.ChatId, StyleTexts.AskText, StyleKeyboards.CancelOnly(), ct);
    }

    private async Task ReplyAsync(BotContext context, string text, bool hasVisualMedia, CancellationToken ct)
    {
        var messages = review.ReviewAsMessages(text, hasVisualMedia);
        var inConversation = conversations.Find(context.UserId)?.Is(Name, TextStep) == true;
        for (var i = 0; i < messages.Count; i++)
        {
            var last = i == messages.Count - 1;
            var html = last && inConversation ? messages[i] + "\n\n" + StyleTexts.NextText : messages[i];
            if (html.Length > TelegramHtml.MessageLimit)
            {
                html = messages[i];
            }

            await notifier.SendAsync(context.ChatId, html, last ? AfterCheck() : null, ct);
        }
    }

    // The check stays in the chat: the menu opens below it.
    private static InlineKeyboardMarkup AfterCheck() => new(new[]
    {
        new[] { ButtonCodec.Button(StyleTexts.AgainButton, new CheckTextButton(InPlace: false)), MainMenu.Home() },
    });
}
