using LiteDB;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// The week's plan agreements, one document per week (Id = the week's key).
public sealed class WeekAgreementRepository(BotDatabase db)
{
    private readonly ILiteCollection<WeekAgreement> agreements = db.Collection<WeekAgreement>("plan_agreements");

    public WeekAgreement? Find(Week week) => agreements.FindById(week.Key);

    // Read under the writer's gate: of two heads pressing at once, the second sees the first's decision.
    public WeekAgreement? FindForUpdate(Week week)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(week);
    }

    public void Save(WeekAgreement agreement) => agreements.Upsert(agreement);

    // Agreed weeks that are not over at `today`: their later changes are still worth telling.
    public IReadOnlyList<WeekAgreement> AgreedNotOver(DateOnly today) =>
        agreements.Find(a => a.Status == AgreementStatus.Agreed).Where(a => a.Week.End > today).OrderBy(a => a.WeekStart).ToList();
}
