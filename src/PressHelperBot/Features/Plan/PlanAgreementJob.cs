using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// PLAN_AGREEMENT_CRON (Thursday 15:00 by default) with PLAN_AGREEMENT=on: every coordinator gets next
// week's plan with "📨 Отправить на согласование". Keys hold the week and the person, so a retried or
// restarted run offers nothing twice; a week already agreed is not offered again.
internal sealed class PlanAgreementJob(
    PlanAgreementSettings settings,
    WeekAgreementRepository agreements,
    PlanReader reader,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar,
    ILogger<PlanAgreementJob> log) : IScheduledJob
{
    public string Id => "plan-agreement";

    public string Cron => settings.PlanAgreementCron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }
        var week = calendar.WeekOf(scheduledFor).Next();
        if (agreements.Find(week) is { Status: AgreementStatus.Agreed })
        {
            log.LogInformation("Plan of {Week} is already agreed: nothing to offer", week);
            return Task.CompletedTask;
        }
        var text = AgreementTexts.Offer(week, reader.AgreedItems(week), reader.DepartmentNames());
        var buttons = Buttons.Column(ButtonCodec.Button(AgreementTexts.SendButton, new SendForAgreementButton(week.Start)));
        foreach (var coordinator in people.Coordinators())
        {
            ct.ThrowIfCancellationRequested();
            outbox.Send(new OutgoingMessage($"agreement:{week.Key}:offer:{coordinator.Id}", coordinator.Id, text) { Buttons = buttons });
        }
        return Task.CompletedTask;
    }
}
