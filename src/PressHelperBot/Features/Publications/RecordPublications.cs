using System.Text.RegularExpressions;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Plan;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

// What a report is about: a plan item, or a piece of news outside the plan (its own story).
internal sealed record ReportTarget(int? SubmissionId, string Story);

// Problem and ReportResult.Refusal are HTML (what people typed is escaped).
internal sealed record LinkProblem(string Link, string Problem);

// A link the person is asked about: which of these accounts it is in.
internal sealed record LinkQuestion(PostLink Post, IReadOnlyList<Account> Accounts);

internal sealed record ReportResult(
    IReadOnlyList<(Publication Publication, Account Account)> Recorded,
    IReadOnlyList<LinkProblem> Problems,
    IReadOnlyList<LinkQuestion> Questions,
    DateOnly Day,
    string? Title,
    PublicationFormat Format,
    string? Refusal = null);

// Reporting publications as one change (issue 13, item 2): the links of one message are read, each
// matched to its registered account, checked and stored; a plan item reported for the first time
// becomes published and its author is told — all before any answer goes to Telegram. Free of
// Telegram: it returns what to tell the reporter.
internal sealed partial class RecordPublications(
    PublicationRegistry registry,
    PublicationRepository publications,
    SubmissionRepository submissions,
    PeopleRepository people,
    PlanNotices notices,
    OrgCalendar calendar)
{
    public ReportResult Run(Person reporter, ReportTarget target, string text, DateTimeOffset now)
    {
        var (links, others) = Split(text);
        var found = PublicationDate.Find(others, now, calendar);
        var day = found.Date ?? calendar.Today(now);
        if (links.Count == 0 || found.Error is not null)
        {
            return Refused(found.Error is { } error ? Html.Text(error) : PublicationTexts.NoLink, day);
        }
        var item = target.SubmissionId is { } id ? submissions.FindForUpdate(id) : null;
        if (target.SubmissionId is not null && ItemProblem(reporter, item) is { } itemProblem)
        {
            return Refused(itemProblem, day);
        }

        var recorded = new List<Publication>();
        var problems = new List<LinkProblem>();
        var questions = new List<LinkQuestion>();
        foreach (var link in links.Distinct())
        {
            var parsed = PostLinks.Parse(link);
            if (parsed.Link is not { } post)
            {
                problems.Add(new LinkProblem(link, Html.Text(parsed.Error)));
                continue;
            }
            switch (registry.Match(post, reporter))
            {
                case PostMatch.Found match:
                    Add(Record(reporter, target, item, post, registry.Find(match.AccountId)!, day, now), link, recorded, problems);
                    break;
                case PostMatch.Ask ask:
                    questions.Add(new LinkQuestion(post, [.. ask.AccountIds.Select(a => registry.Find(a)!)]));
                    break;
                case var refused:
                    problems.Add(new LinkProblem(link, Why(refused, post, reporter)));
                    break;
            }
        }
        return Finish(reporter, item, recorded, problems, questions, day, now);
    }

    // A post forwarded from a channel: its link and day come from Telegram, not from typing.
    public ReportResult RunForwarded(Person reporter, ReportTarget target, PostLink post, DateOnly day, string? album, DateTimeOffset now)
    {
        var item = target.SubmissionId is { } id ? submissions.FindForUpdate(id) : null;
        if (target.SubmissionId is not null && ItemProblem(reporter, item) is { } itemProblem)
        {
            return Refused(itemProblem, day);
        }
        var recorded = new List<Publication>();
        var problems = new List<LinkProblem>();
        var questions = new List<LinkQuestion>();
        switch (registry.Match(post, reporter))
        {
            case PostMatch.Found match:
                Add(Record(reporter, target, item, post, registry.Find(match.AccountId)!, day, now, album), post.Url, recorded, problems);
                break;
            case PostMatch.Ask ask:
                questions.Add(new LinkQuestion(post, [.. ask.AccountIds.Select(a => registry.Find(a)!)]));
                break;
            case var refused:
                problems.Add(new LinkProblem(post.Url, Why(refused, post, reporter)));
                break;
        }
        return Finish(reporter, item, recorded, problems, questions, day, now);
    }

    // The person said which account a link is in (PickAccountButton).
    public ReportResult Confirm(Person reporter, ReportTarget target, PostLink post, int accountId, DateOnly day, DateTimeOffset now)
    {
        var item = target.SubmissionId is { } id ? submissions.FindForUpdate(id) : null;
        if (target.SubmissionId is not null && ItemProblem(reporter, item) is { } itemProblem)
        {
            return Refused(itemProblem, day);
        }
        var account = registry.Find(accountId);
        if (account is null || !account.IsActive || account.Network != post.Network || !PublicationAccess.MayReportIn(reporter, account)
            || registry.Identity(accountId).ProvesForeign(post))
        {
            return Refused(PublicationTexts.NotOurs(post.Url), day);
        }
        var recorded = new List<Publication>();
        var problems = new List<LinkProblem>();
        Add(Record(reporter, target, item, post, account, day, now), post.Url, recorded, problems);
        return Finish(reporter, item, recorded, problems, [], day, now);
    }

    private (Publication? Stored, string? Problem) Record(Person reporter, ReportTarget target, Submission? item, PostLink post, Account account, DateOnly day, DateTimeOffset now, string? album = null)
    {
        if (publications.OfStory(target.Story).FirstOrDefault(p => p.AccountId == account.Id) is { } sameAccount)
        {
            return sameAccount.Key == post.Key ? (null, Duplicate(sameAccount)) : (null, PublicationTexts.SameAccountTwice(account, sameAccount));
        }
        Publication publication;
        try
        {
            publication = Publication.Record(account, post, day, reporter.Id, item?.DepartmentId ?? account.DepartmentId, item?.Id, target.Story,
                item?.EffectiveFormat ?? publications.OfStory(target.Story).FirstOrDefault()?.Format ?? PublicationFormat.News, now, calendar, album);
        }
        catch (DomainException e)
        {
            return (null, Html.Text(e.Message));
        }
        if (publications.TryAdd(publication) is { } existing)
        {
            return (null, Duplicate(existing));
        }
        registry.Learn(post, account.Id, reporter.Id, now);
        return (publication, null);
    }

    private static bool Add((Publication? Stored, string? Problem) result, string link, List<Publication> recorded, List<LinkProblem> problems)
    {
        if (result.Stored is { } stored)
        {
            recorded.Add(stored);
            return true;
        }
        problems.Add(new LinkProblem(link, result.Problem!));
        return false;
    }

    private ReportResult Finish(Person reporter, Submission? item, List<Publication> recorded, List<LinkProblem> problems, List<LinkQuestion> questions, DateOnly day, DateTimeOffset now)
    {
        var withAccounts = recorded.Select(p => (Publication: p, Account: registry.Find(p.AccountId)!)).ToList();
        if (item is not null && withAccounts.Count > 0)
        {
            if (item.Status == SubmissionStatus.Scheduled)
            {
                item.MarkPublished(reporter.Id, withAccounts[0].Publication.Url, now);
                submissions.Save(item);
            }
            notices.TellAuthor(item, reporter.Id, PublicationTexts.TellAuthorPublished(PlanItem.ShortTitle(item.CurrentText), withAccounts), $"pub:{withAccounts[0].Publication.Id}");
        }
        var format = withAccounts.FirstOrDefault().Publication?.Format ?? item?.EffectiveFormat ?? PublicationFormat.News;
        return new ReportResult(withAccounts, problems, questions, day, item is null ? null : PlanItem.ShortTitle(item.CurrentText), format);
    }

    private string? ItemProblem(Person reporter, Submission? item) => item switch
    {
        null => Html.Text(PlanTexts.NotInPlanAnymore),
        { Status: not (SubmissionStatus.Scheduled or SubmissionStatus.Published) } => Html.Text(PlanTexts.StaleStatus(item.Status)),
        _ when !PublicationAccess.MayReportFor(reporter, item) => PublicationTexts.NotYourItem,
        _ => null,
    };

    private string Why(PostMatch refused, PostLink post, Person reporter) => refused switch
    {
        PostMatch.Deleted deleted => PublicationTexts.Deleted(registry.Find(deleted.AccountId)!),
        PostMatch.NotYours other => PublicationTexts.NotYours(registry.Find(other.AccountId)!, registry.DepartmentOf(registry.Find(other.AccountId)!)),
        PostMatch.Foreign foreign => PublicationTexts.Foreign(post, [.. foreign.AccountIds.Select(a => registry.Find(a)!)]),
        _ => PublicationTexts.WrongNetwork(post, registry.Reportable(reporter)),
    };

    private string Duplicate(Publication existing) =>
        PublicationTexts.Duplicate(existing, registry.Find(existing.AccountId), people.Find(existing.ReportedById)?.Name ?? "пресс-служба");

    private static ReportResult Refused(string why, DateOnly day) => new([], [], [], day, null, PublicationFormat.News, why);

    // The links of a message and the rest of it (where a date may be): a link is a word with a scheme,
    // or a dotted name with letters and a path ("vk.com/wall-1_2"); "24.11" is a date, not a link.
    private static (IReadOnlyList<string> Links, string Others) Split(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var links = words.Where(LooksLikeLink).ToList();
        return (links, string.Join(' ', words.Where(word => !LooksLikeLink(word))));
    }

    private static bool LooksLikeLink(string word) => word.Contains("://", StringComparison.Ordinal) || LinkLike().IsMatch(word);

    [GeneratedRegex(@"^[«""'(<]*[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}(/|$)")]
    private static partial Regex LinkLike();
}
