using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Publications;

// Registry accounts and publications put straight into the database, for scenarios about what is
// counted and reported rather than how a publication was reported (that is ReportScenarios' job).
internal static class PublicationSeed
{
    public static Account Account(this BotUnderTest bot, Department department, SocialNetwork network, string link, string name, string createdOn = "2026-01-10")
    {
        var created = DateOnly.ParseExact(createdOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var calendar = bot.Get<OrgCalendar>();
        var account = Domain.Registry.Account.Register(
            department.Id, network, null, link, name, created,
            new ResponsiblePerson("Ольга Сидорова", "пресс-секретарь", "+7 900 000-00-00"), BotUnderTest.AdminId,
            calendar.StartOf(created).AddHours(12), calendar);
        bot.Get<AccountRepository>().Add(account);
        return account;
    }

    // Each seeded piece of news outside the plan is its own story, as each report is in the bot.
    private static long seededStories;

    // A publication of a plan item (or, without one, of news outside the plan) on a local date.
    public static Publication PublishedIn(this BotUnderTest bot, Account account, string link, string date, Submission? item = null, long reporterId = BotUnderTest.AdminId)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var now = bot.Clock.GetUtcNow();
        var calendar = bot.Get<OrgCalendar>();
        var story = item is null ? Publication.NewsStory(reporterId, now, System.Threading.Interlocked.Increment(ref seededStories)) : Publication.PlanStory(item.Id);
        var publication = Publication.Record(account, PostLinks.Parse(link).Link!, day, reporterId, item?.DepartmentId ?? account.DepartmentId, item?.Id, story,
            item?.EffectiveFormat ?? PublicationFormat.News, now, calendar);
        Assert.Null(bot.Get<PublicationRepository>().TryAdd(publication));
        if (item is not null && bot.Get<SubmissionRepository>().Find(item.Id) is { Status: SubmissionStatus.Scheduled } stored)
        {
            stored.MarkPublished(reporterId, publication.Url, now);
            Assert.True(bot.Get<SubmissionRepository>().TrySave(stored));
        }
        return publication;
    }
}
