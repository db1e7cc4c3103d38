using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// With CHANNEL_ID set, posts the day's scheduled items to the channel at CHANNEL_POST_TIME
// (ChannelPosts.Due). The outbox key holds the item and its day, so a post goes once; once the
// outbox reports it delivered (the next sweep), the item is marked published with the post's link
// and the author is told. A post Telegram refuses (the bot is not an admin of the channel) stays
// undelivered and the item stays scheduled for a coordinator to handle. The post is also recorded as
// a publication in the channel's registered account (Publications/ChannelPublications).
internal sealed class ChannelPostSweep(
    SubmissionRepository submissions,
    PlanNotices notices,
    Publications.ChannelPublications publications,
    IOutbox outbox,
    OrgCalendar calendar,
    ChannelSettings settings,
    ILogger<ChannelPostSweep> log) : ISweep
{
    // The history names the bot as who marked the item published.
    public const long BotActorId = 0;

    public string Name => "channel-posts";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (settings.ChannelId is not { } channel)
        {
            return Task.CompletedTask;
        }
        var today = calendar.Today(now);
        foreach (var item in ChannelPosts.Due(submissions.InPlanBetween(today, today), now, calendar, settings.ChannelPostTime))
        {
            ct.ThrowIfCancellationRequested();
            var key = ChannelPosts.Key(item);
            if (outbox.Send(new OutgoingMessage(key, channel, Html.Text(item.CurrentText))
                {
                    Media = [.. item.Media.OrderBy(m => m.Position).Select(m => new OutgoingMedia(m.Kind, m.FileId))],
                }))
            {
                log.LogInformation("Submission {Id} queued for the channel", item.Id);
            }
            else if (outbox.Find(key) is { } delivered)
            {
                MarkPublished(item, channel, ChannelPosts.Link(channel, delivered.MediaMessageIds.Count > 0 ? delivered.MediaMessageIds[0] : delivered.MessageId), now);
            }
        }
        return Task.CompletedTask;
    }

    // A coordinator who moved or published the item meanwhile wins: the save fails and the next
    // sweep sees the item as it is now.
    private void MarkPublished(Domain.Submissions.Submission item, long channel, string link, DateTimeOffset now)
    {
        item.MarkPublished(BotActorId, link, now);
        if (submissions.TrySave(item))
        {
            publications.Record(item, channel, link, BotActorId, now);
            notices.TellAuthor(item, BotActorId, PlanTexts.TellAuthorPostedToChannel(Domain.ContentPlan.PlanItem.ShortTitle(item.CurrentText), link));
        }
    }
}
