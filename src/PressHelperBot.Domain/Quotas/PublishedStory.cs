using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Quotas;

// What quotas count (issue 13): a story that went out, on the local date of its first publication.
// A department's week counts its stories once however many accounts carried them; the organisation's
// target (5 a week on the administration's accounts) counts the stories that went out in at least one
// account of the administration, not in a subordinate organisation's own accounts.
public sealed record PublishedStory(string Story, int DepartmentId, DateOnly Date, bool InAdministrationAccounts, PublicationFormat Format);

// One publication as the counting needs it; AdministrationAccount says whose account carried it.
public sealed record PublicationFact(int AccountId, int DepartmentId, string Story, DateOnly Date, bool AdministrationAccount, PublicationFormat Format, int? SubmissionId = null);

public static class PublishedStories
{
    // Plan items marked published before publications were recorded (and channel posts of a channel
    // missing from the registry) have no publication: each counts as a story of the administration's
    // accounts on its planned date, as it always did.
    // `withPublications`: plan items that have publications at all, also outside the facts given
    // (an item published early, before the period read); default: those among the facts.
    public static IReadOnlyList<PublishedStory> From(IEnumerable<PublicationFact> publications, IEnumerable<PlanItem> planItems, IReadOnlySet<int>? withPublications = null)
    {
        var facts = publications.ToList();
        var stories = facts
            .GroupBy(fact => fact.Story)
            .Select(group =>
            {
                var first = group.OrderBy(fact => fact.Date).First();
                return new PublishedStory(group.Key, first.DepartmentId, first.Date, group.Any(fact => fact.AdministrationAccount), first.Format);
            })
            .ToList();
        var withFacts = withPublications ?? facts.Where(fact => fact.SubmissionId is not null).Select(fact => fact.SubmissionId!.Value).ToHashSet();
        stories.AddRange(planItems
            .Where(item => item.IsPublished && !withFacts.Contains(item.SubmissionId))
            .Select(item => new PublishedStory(Publication.PlanStory(item.SubmissionId), item.DepartmentId, item.Date, true, PublicationFormat.News)));
        return stories;
    }
}
