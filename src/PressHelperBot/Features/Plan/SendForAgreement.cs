using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// "📨 Отправить на согласование" as one change: the week's plan as it stands is kept as a new round
// and goes to every approver as text plus the Excel file, with ✅ / ✏️ — all queued in the same commit.
// Returns what to tell the coordinator.
internal sealed class SendForAgreement(
    WeekAgreementRepository agreements,
    PlanReader reader,
    PlanApprovers approvers,
    IOutbox outbox,
    OrgCalendar calendar)
{
    public string Run(Week week, long actorId, string actorName, DateTimeOffset now)
    {
        if (week.Sunday < calendar.Today(now))
        {
            return $"Неделя {week} уже прошла.";
        }
        var heads = approvers.All();
        if (heads.Count == 0)
        {
            return AgreementTexts.NoApprovers;
        }
        var agreement = agreements.FindForUpdate(week) ?? WeekAgreement.For(week);
        var items = reader.AgreedItems(week);
        try
        {
            agreement.Send(items, actorId, now);
        }
        catch (DomainException e)
        {
            return Html.Text(e.Message);
        }
        agreements.Save(agreement);

        var period = PlanPeriod.Of(week);
        var file = new OutgoingFile($"content-plan_{period.FileStem}.xlsx", PlanWorkbook.Build(period, reader.ExportRows(period, new PlanScope(true, new HashSet<int>(), CanChange: false, CanExport: true))));
        var text = AgreementTexts.ForApprover(week, items, reader.DepartmentNames(), actorName);
        var buttons = Telegram.Buttons.Column(
            ButtonCodec.Button(AgreementTexts.AgreeButton, new AgreeButton(week.Start, agreement.Round)),
            ButtonCodec.Button(AgreementTexts.ReturnButton, new ReturnPlanButton(week.Start, agreement.Round)));
        foreach (var head in heads)
        {
            outbox.Send(new OutgoingMessage($"agreement:{week.Key}:r{agreement.Round}:{head.Id}", head.Id, text) { File = file, Buttons = buttons });
        }
        return AgreementTexts.Sent(week, [.. heads.Select(h => h.Name)]);
    }
}
