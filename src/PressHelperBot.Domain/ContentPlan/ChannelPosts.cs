using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.ContentPlan;

// Capability 4, optional: an approved item is posted to the organisation's Telegram channel on its
// planned day at the configured local time. Decisions:
// - only items still scheduled are posted: one a coordinator already marked published is left alone;
// - a day missed while the bot was down is not made up on a later day (yesterday's news posted today
//   is worse than none); the same day it is, whenever the bot is back;
// - the key holds the planned date, so an item moved to another day is posted on that day.
public static class ChannelPosts
{
    public static IReadOnlyList<Submission> Due(IEnumerable<Submission> items, DateTimeOffset now, OrgCalendar calendar, TimeOnly postTime)
    {
        var today = calendar.Today(now);
        if (now < calendar.Instant(today, postTime))
        {
            return [];
        }
        return [.. items.Where(item => item.Status == SubmissionStatus.Scheduled && item.PlannedDate == today)];
    }

    public static string Key(Submission item) =>
        string.Create(CultureInfo.InvariantCulture, $"channel:{item.Id}:{item.PlannedDate:yyyy-MM-dd}");

    // A link to a post of a channel known by its numeric id (-100…): t.me/c/<id without -100>/<post>.
    // It opens for the channel's subscribers, which is who reads the plan's links.
    public static string Link(long channelId, int messageId)
    {
        var internalId = -channelId - 1_000_000_000_000;
        return string.Create(CultureInfo.InvariantCulture, $"https://t.me/c/{(internalId > 0 ? internalId : -channelId)}/{messageId}");
    }
}
