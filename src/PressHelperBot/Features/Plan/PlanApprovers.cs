using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Plan;

// Who agrees the week's plan: the observers an admin marked as the head (the same mark decides on
// blocking in moderation); with no mark, every observer; where the bot has no observer, the admins, so
// that turning PLAN_AGREEMENT on never leaves the plan with nobody to agree it.
internal sealed class PlanApprovers(PeopleRepository people)
{
    public IReadOnlyList<Person> All()
    {
        var everyone = people.All().Where(p => !p.IsBlocked).ToList();
        var observers = everyone.Where(p => p.Role == Role.Observer).ToList();
        var heads = observers.Where(p => p.IsHead).ToList();
        return heads.Count > 0 ? heads : observers.Count > 0 ? observers : [.. everyone.Where(p => p.Role == Role.Admin)];
    }

    public bool Includes(Person? person) => person is not null && All().Any(p => p.Id == person.Id);
}
