using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Publications;

// The channel auto-post (CHANNEL_ID) records its publication in the channel's registered account.
// The account is the Telegram account the registry knows by the channel's number: its link is
// t.me/c/<number>, or a post of the channel was forwarded to the bot once (ChannelForward learns the
// number then). Until then the coordinators are told, once, how to connect the channel.
internal sealed class ChannelPublications(
    PublicationRegistry registry,
    PublicationRepository publications,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar,
    ILogger<ChannelPublications> log)
{
    public void Record(Submission item, long channelId, string link, long botActorId, DateTimeOffset now)
    {
        var post = PostLinks.Parse(link).Link!;
        var identity = registry.Identities.FirstOrDefault(a => a.IsActive && a.Network == SocialNetwork.Telegram && a.Knows(post));
        if (identity is null)
        {
            log.LogWarning("Channel {ChannelId} is not a registered account: its post of submission {Id} is not counted", channelId, item.Id);
            foreach (var coordinator in people.Coordinators())
            {
                outbox.Send(new OutgoingMessage($"channel:unregistered:{channelId}:{coordinator.Id}", coordinator.Id, ChannelTexts.NotInRegistry));
            }
            return;
        }
        var account = registry.Find(identity.AccountId)!;
        var publication = Publication.Record(
            account, post, calendar.Today(now), botActorId, item.DepartmentId, item.Id, Publication.PlanStory(item.Id), item.EffectiveFormat, now, calendar);
        publications.TryAdd(publication);
    }
}

internal static class ChannelTexts
{
    public const string NotInRegistry =
        "📣 Бот публикует новости в канал организации, но канала нет в реестре аккаунтов, поэтому эти публикации не засчитываются. "
        + "Внесите канал в реестр («🗂 Реестр аккаунтов» → «➕ Создан аккаунт») и перешлите боту любой пост из канала: бот запомнит, что это тот аккаунт.";
}
