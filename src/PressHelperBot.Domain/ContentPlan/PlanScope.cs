using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.ContentPlan;

// Who sees which part of the content plan and who may change it. Coordinators and admins keep the
// plan (Kletnya 1.3.2, Rubtsovsk 1.2); observers (heads) read it whole and export it for reports;
// staff see their own departments' items, to know when their news goes out, and change nothing in
// the plan — but report the publications of their items in their own accounts (CanReport).
public sealed record PlanScope(bool Everything, IReadOnlySet<int> DepartmentIds, bool CanChange, bool CanExport, bool CanReport = false)
{
    public static readonly PlanScope Nothing = new(false, new HashSet<int>(), false, false);

    public bool SeesAnything => Everything || DepartmentIds.Count > 0;

    public static PlanScope For(Person person)
    {
        if (person.IsBlocked)
        {
            return Nothing;
        }
        return person.Role switch
        {
            Role.Coordinator or Role.Admin => new PlanScope(true, new HashSet<int>(), CanChange: true, CanExport: true, CanReport: true),
            Role.Observer => new PlanScope(true, new HashSet<int>(), CanChange: false, CanExport: true),
            _ => new PlanScope(false, person.DepartmentIds.ToHashSet(), CanChange: false, CanExport: false, CanReport: true),
        };
    }

    public bool Includes(PlanItem item) => Everything || DepartmentIds.Contains(item.DepartmentId);

    public IReadOnlyList<PlanItem> Filter(IEnumerable<PlanItem> items) => [.. items.Where(Includes)];
}
