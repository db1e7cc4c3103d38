using System.Globalization;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.CitizensMessages;

// What the person sends while entering a citizen's message: first anything at all (texts, forwards,
// photos, albums, documents), then the link, the author's name and profile as text.
internal sealed class IntakeConversation(
    CitizenMessageRepository messages,
    ConversationStore conversations,
    IChatNotifier notifier) : IConversationHandler
{
    // Conversation values "album:<media_group_id>" hold the one answer to that album, which each part edits.
    private const string AlbumAnswer = "album:";

    public string Feature => EnterMessage.Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var message = context.Message!;
        if (messages.Intake(context.UserId) is not { } intake)
        {
            // Recorded from another device or lost: start over.
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, MessageTexts.AskContent, EnterMessage.CancelOnly(), ct);
            messages.SaveIntake(MessageIntake.Start(context.UserId, context.Now));
            conversations.Begin(context.UserId, EnterMessage.Name, EnterMessage.ContentStep);
            return;
        }

        switch (state.Step)
        {
            case EnterMessage.ContentStep:
                await OnContentAsync(context, state, intake, message, ct);
                break;
            case EnterMessage.LinkStep when message.Text is { } text:
                await OnLinkAsync(context, state, intake, text, ct);
                break;
            case EnterMessage.NameStep when message.Text is { } text:
                await OnNameAsync(context, state, intake, text, ct);
                break;
            case EnterMessage.ProfileStep when message.Text is { } text:
                await OnProfileAsync(context, state, intake, text, ct);
                break;
            case EnterMessage.KindStep:
                await notifier.SendAsync(context.ChatId, MessageTexts.UseButtons, EnterMessage.KindKeyboard(), ct);
                break;
            default:
                await notifier.SendAsync(context.ChatId, MessageTexts.NeedText, EnterMessage.CancelOnly(), ct);
                break;
        }
    }

    private async Task OnContentAsync(BotContext context, ConversationState state, MessageIntake intake, Message message, CancellationToken ct)
    {
        var item = Submissions.IncomingMedia.Of(message);
        var text = Submissions.IncomingMedia.TextOf(message);
        if (item is null && text is null)
        {
            await notifier.SendAsync(context.ChatId, MessageTexts.ContentNotSupported, EnterMessage.ContentKeyboard(), ct);
            return;
        }

        intake.NoteForwardedFrom(SenderOf(message));
        var problems = new List<string>();
        if (intake.AddText(text) == IntakeAddOutcome.TooLong)
        {
            problems.Add(MessageTexts.TooLongMessage);
        }

        if (item is not null && intake.AddMedia(item) == IntakeAddOutcome.TooMany)
        {
            problems.Add(MessageTexts.TooManyFiles);
        }

        messages.SaveIntake(intake);
        var (visual, documents) = MessageIntake.Split(intake.Media);
        var html = Html.Text(string.Join("\n", problems.Prepend(MessageTexts.Received(MessageTexts.Contents(intake.Text, visual.Count, documents.Count)))));

        // The parts of an album arrive as separate updates: they share one answer.
        var group = message.MediaGroupId;
        if (group is not null && state.Value(AlbumAnswer + group) is { } answered && int.TryParse(answered, out var answerId)
            && await notifier.EditAsync(context.ChatId, answerId, html, EnterMessage.ContentKeyboard(), ct))
        {
            return;
        }

        if (await notifier.SendAsync(context.ChatId, html, EnterMessage.ContentKeyboard(), ct) is { } sent && group is not null)
        {
            state.Values[AlbumAnswer + group] = sent.ToString(CultureInfo.InvariantCulture);
            conversations.MoveTo(state, state.Step);
        }
    }

    private async Task OnLinkAsync(BotContext context, ConversationState state, MessageIntake intake, string text, CancellationToken ct)
    {
        var check = PageLink.Check(text);
        if (!check.IsValid)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(check.Error), EnterMessage.CancelOnly(), ct);
            return;
        }

        intake.SetLink(check.Link!, check.Network);
        messages.SaveIntake(intake);
        conversations.MoveTo(state, EnterMessage.NameStep);
        var suggestion = intake.ForwardedFrom is { } name && PersonName.Check(name) == NameProblem.None
            ? Buttons.Column(ButtonCodec.Button(MessageTexts.ForwardedNameButton(name), new ForwardedNameButton()), Cancel.CancelFeature.Button())
            : EnterMessage.CancelOnly();
        await notifier.SendAsync(context.ChatId, MessageTexts.LinkAccepted(check.Network, check.Link!) + "\n\n" + MessageTexts.AskAuthorName, suggestion, ct);
    }

    private async Task OnNameAsync(BotContext context, ConversationState state, MessageIntake intake, string text, CancellationToken ct)
    {
        if (PersonName.Check(text) != NameProblem.None)
        {
            await notifier.SendAsync(context.ChatId, MessageTexts.NameProblem, EnterMessage.CancelOnly(), ct);
            return;
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            // The profile link is the next question; here the name as the network shows it.
            await notifier.SendAsync(context.ChatId, MessageTexts.NameNotLink, EnterMessage.CancelOnly(), ct);
            return;
        }

        intake.SetAuthorName(text);
        messages.SaveIntake(intake);
        conversations.MoveTo(state, EnterMessage.ProfileStep);
        await notifier.SendAsync(context.ChatId, MessageTexts.AskAuthorProfile, EnterMessage.CancelOnly(), ct);
    }

    private async Task OnProfileAsync(BotContext context, ConversationState state, MessageIntake intake, string text, CancellationToken ct)
    {
        var check = PageLink.Check(text);
        if (!check.IsValid)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(check.Error), EnterMessage.CancelOnly(), ct);
            return;
        }

        intake.SetAuthorProfile(check.Link!);
        messages.SaveIntake(intake);
        conversations.MoveTo(state, EnterMessage.KindStep);
        await notifier.SendAsync(context.ChatId, MessageTexts.AskKind, EnterMessage.KindKeyboard(), ct);
    }

    // Who Telegram says wrote a forwarded message: a person, a hidden person's name, a chat's signature.
    private static string? SenderOf(Message message) => message.ForwardOrigin switch
    {
        MessageOriginUser user => string.Join(' ', new[] { user.SenderUser.FirstName, user.SenderUser.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))),
        MessageOriginHiddenUser hidden => hidden.SenderUserName,
        MessageOriginChat chat => chat.AuthorSignature ?? chat.SenderChat.Title,
        MessageOriginChannel channel => channel.AuthorSignature,
        _ => null,
    };
}
