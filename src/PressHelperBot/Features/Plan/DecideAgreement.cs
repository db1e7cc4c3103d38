using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// The head's ✅ or ✏️ as one change: read under the writer's gate (two heads at once: the second is
// told who was first), decided by the domain, saved, and the coordinators told through the outbox.
internal sealed class DecideAgreement(
    WeekAgreementRepository agreements,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar)
{
    // Null comment: agree; otherwise return with it. Returns what to tell the head.
    public string Run(Week week, int round, string? comment, long actorId, string actorName, DateTimeOffset now)
    {
        var agreement = agreements.FindForUpdate(week) ?? throw new StaleButtonException();
        try
        {
            if (comment is null)
            {
                agreement.Agree(round, actorId, actorName, now, calendar);
            }
            else
            {
                agreement.Return(round, actorId, actorName, comment, now);
            }
        }
        catch (DomainException e)
        {
            return Html.Text(e.Message);
        }
        agreements.Save(agreement);

        var text = comment is null
            ? AgreementTexts.Agreed(week, actorName, calendar.LocalTime(now))
            : AgreementTexts.Returned(week, actorName, agreement.Comment!);
        var buttons = comment is null ? null : Telegram.Buttons.Column(ButtonCodec.Button(AgreementTexts.SendButton, new SendForAgreementButton(week.Start)));
        foreach (var coordinator in people.Coordinators())
        {
            outbox.Send(new OutgoingMessage($"agreement:{week.Key}:r{round}:decision:{coordinator.Id}", coordinator.Id, text) { Buttons = buttons });
        }
        return text;
    }
}
