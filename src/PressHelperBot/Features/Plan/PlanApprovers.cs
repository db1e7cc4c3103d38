using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Plan;

// Who agrees the week's plan: the observers (the head and deputies); where the bot has none, the
// admins, so that turning PLAN_AGREEMENT on never leaves the plan with nobody to agree it.
internal sealed class PlanApprovers(PeopleRepository people)
{
    public IReadOnlyList<Person> All()
    {
        var everyone = people.All().Where(p => !p.IsBlocked).ToList();
        var observers = everyone.Where(p => p.Role == Role.Observer).ToList();
        return observers.Count > 0 ? observers : [.. everyone.Where(p => p.Role == Role.Admin)];
    }

    public bool Includes(Person? person) => person is not null && All().Any(p => p.Id == person.Id);
}
