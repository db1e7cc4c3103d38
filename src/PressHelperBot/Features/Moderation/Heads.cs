using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Moderation;

// Who decides on blocking a page's user (Zhatay 4.3: the head or a deputy): the observers marked as the
// head; while none is marked, the admins. The same people, with coordinators and admins, see the log.
internal sealed class Heads(PeopleRepository people)
{
    public IReadOnlyList<Person> Current()
    {
        var all = people.All().Where(p => !p.IsBlocked).ToList();
        var marked = all.Where(p => p.Role == Role.Observer && p.IsHead).ToList();
        return marked.Count > 0 ? marked : [.. all.Where(p => p.Role == Role.Admin)];
    }

    public bool AnyMarked() => people.All().Any(p => !p.IsBlocked && p.Role == Role.Observer && p.IsHead);

    public bool IsHead(Person? person) => person is { IsBlocked: false } && Current().Any(h => h.Id == person.Id);

    // Coordinators, admins and the head; nobody else.
    public bool MaySeeLog(Person? person) =>
        person is { IsBlocked: false } && (person.Role is Role.Coordinator or Role.Admin || IsHead(person));
}
