using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The post a «Госпаблики» confirmation links to, when it may confirm the item: a post of the item's own
// account, read and matched the way publications are (PostLinks, PostMatching), and not counted in
// another account already. AlreadyCounted is the publication of the same post reported earlier through
// «📣 Мы опубликовали»: it confirms the item without a second publication.
internal sealed record GospublikiPost(PostLink Link, Publication? AlreadyCounted);

// A confirmed «Госпаблики» item is a publication of its account (issue 15, item 4; issue 13): on the
// day of the confirmation, reported by who confirmed, outside the plan, its story tied to the item.
// Check writes nothing, so that a refused link leaves no trace; Count stores the publication in the
// same unit of work as the confirmation. Problems are HTML (what people typed is escaped), as the
// publications' texts are.
internal sealed class GospublikiPublications(
    PublicationRegistry registry,
    PublicationRepository publications,
    PeopleRepository people,
    OrgCalendar calendar)
{
    public (GospublikiPost? Post, string? Problem) Check(GospublikiItem item, Account account, string link, DateTimeOffset now)
    {
        var parsed = PostLinks.Parse(link);
        if (parsed.Link is not { } post)
        {
            return (null, Html.Text(parsed.Error));
        }
        if (!account.IsActive)
        {
            return (null, PublicationTexts.Deleted(account));
        }
        // Only the item's own account may be the one: a post of any other is named for what it is.
        var match = PostMatching.Match(post, registry.Identities, identity => identity.AccountId == account.Id);
        var problem = match switch
        {
            // "Ask" here can only offer the item's account: the link names its group by number while the
            // registry knows it by name, and the person confirming says it is this one.
            PostMatch.Found or PostMatch.Ask => null,
            PostMatch.NotYours other => GospublikiTexts.OtherAccount(item, account, registry.Find(other.AccountId)!),
            PostMatch.Deleted deleted => PublicationTexts.Deleted(registry.Find(deleted.AccountId)!),
            PostMatch.Foreign => PublicationTexts.Foreign(post, [account]),
            _ => GospublikiTexts.OtherNetwork(item, account, post),
        };
        if (problem is not null)
        {
            return (null, problem);
        }
        var counted = publications.FindByKey(post.Key);
        if (counted is not null && counted.AccountId != account.Id)
        {
            return (null, Duplicate(counted));
        }
        try
        {
            // Validates what the publication will be (the account's creation date, the day) before anything is written.
            _ = New(item, account, post, 0, now);
        }
        catch (DomainException e)
        {
            return (null, Html.Text(e.Message));
        }
        return (new GospublikiPost(post, counted), null);
    }

    // The publication the confirmation counts: the one reported earlier, or a new one.
    public Publication Count(GospublikiItem item, Account account, GospublikiPost post, long confirmedById, DateTimeOffset now)
    {
        if (post.AlreadyCounted is { } earlier)
        {
            return earlier;
        }
        var publication = New(item, account, post.Link, confirmedById, now);
        // Under the writer's gate (the item was read for update), so nobody stored the post since Check.
        if (publications.TryAdd(publication) is { } existing)
        {
            return existing;
        }
        registry.Learn(post.Link, account.Id, confirmedById, now);
        return publication;
    }

    private string Duplicate(Publication existing) =>
        PublicationTexts.Duplicate(existing, registry.Find(existing.AccountId), people.Find(existing.ReportedById)?.Name ?? "пресс-служба");

    private Publication New(GospublikiItem item, Account account, PostLink post, long confirmedById, DateTimeOffset now) =>
        Publication.Record(account, post, calendar.Today(now), confirmedById, account.DepartmentId, null,
            Publication.GospublikiStory(item.Id), PublicationFormat.News, now, calendar);
}
