using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Publications;

// A post forwarded from a channel to the bot records it with its t.me link (issue 13, item 2), as
// if the link had been pasted: the channel must be a registered account the person reports in. The
// forward names the channel by number and, for a public channel, by name, so the account is
// recognised however the registry wrote its link (and the number is learned for the channel
// auto-post). Only outside other conversations: a forward while writing news is that news' text.
internal sealed class ChannelForward(
    RecordPublications record,
    ReportConversation conversation,
    ReportAnswers answers,
    ConversationStore conversations,
    PublicationRepository publications,
    OrgCalendar calendar) : IMessageFilter
{
    public async Task<bool> TryHandleAsync(BotContext context, Message message, CancellationToken ct)
    {
        if (message.ForwardOrigin is not MessageOriginChannel origin
            || (context.Conversation is { } other && other.Feature != ReportConversation.Name)
            || !PublicationAccess.MayReport(context.Person))
        {
            return false;
        }
        var album = message.MediaGroupId is { } group ? $"tg-album:{origin.Chat.Id}:{group}" : null;
        if (album is not null && publications.FindByAlbum(album) is not null)
        {
            // Another photo of an album already recorded.
            return true;
        }
        var post = Link(origin);
        var target = context.Conversation is { Step: ReportConversation.LinksStep } open
            ? ReportConversation.TargetOf(open)
            : new ReportTarget(null, Publication.NewsStory(context.UserId, context.Now, context.Update.Id));
        if (context.Conversation is null)
        {
            conversation.Begin(context.UserId, target);
        }
        var state = conversations.Find(context.UserId)!;
        var day = calendar.Today(new DateTimeOffset(DateTime.SpecifyKind(origin.Date, DateTimeKind.Utc)));
        var result = record.RunForwarded(context.Person!, target, post, day, album, context.Now);
        await answers.AfterAsync(context, state, result, ct);
        return true;
    }

    private static PostLink Link(MessageOriginChannel origin)
    {
        var numbered = ChannelPosts.Link(origin.Chat.Id, origin.MessageId);
        var url = origin.Chat.Username is { Length: > 0 } name
            ? string.Create(CultureInfo.InvariantCulture, $"https://t.me/{name}/{origin.MessageId}")
            : numbered;
        var post = PostLinks.Parse(url).Link!;
        var owners = post.Owners.Union(PostLinks.Parse(numbered).Link!.Owners).ToHashSet();
        return post with { Owners = owners };
    }
}
