using PressHelperBot.Domain;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Moderation;

// The head's 🚫 / ⚠️ as one change: the decision is kept on the author (who, when), every head's card
// closes with it, and the coordinators get the ready notice for the page — all in one commit. Of two
// heads pressing at once the second learns who was first.
internal sealed class DecideBlock(
    ModerationRepository moderation,
    ProposalCards proposals,
    PeopleRepository people,
    Configuration.ReviewSettings review,
    AuditLog audit,
    OrgCalendar calendar,
    IOutbox outbox)
{
    public string Run(int authorId, int proposalNumber, HeadDecision kind, long actorId, string actorName, DateTimeOffset now)
    {
        ModerationRepository.BeginWrite();
        var author = moderation.Author(authorId)
            ?? throw new DomainException("Этого автора больше нет в журнале: его объединили с другим. Решение — по новому предложению.");
        BlockDecision decision;
        try
        {
            decision = author.Decide(proposalNumber, kind, actorId, actorName, now);
        }
        catch (BlockAlreadyDecidedException e)
        {
            return ModerationTexts.AlreadyDecided(e.Decision, calendar);
        }

        moderation.Save(author);
        var violations = moderation.ViolationsOf(author.Id);
        audit.Append(AuditEntry.Of(now, actorId, actorName, AuditArea.Moderation, $"Блокировка автора: {ModerationTexts.DisplayName(author)}",
            $"нарушений: {violations.Count}", HeadDecisions.Russian(kind)));
        proposals.CloseAll(author.Id, ModerationTexts.Decided(decision, calendar), ModerationTexts.History(author, violations, calendar));

        var notice = ModerationTexts.PageNotice(author, violations, kind);
        var chats = review.CoordinatorsChatId is { } group ? [group] : people.Coordinators().Select(p => p.Id).ToList();
        foreach (var chat in chats)
        {
            var key = $"moderation:{author.Id}:p{proposalNumber}:decided:{chat}";
            outbox.Send(new OutgoingMessage(key, chat, ModerationTexts.ToCoordinators(author, decision, calendar, notice)));
        }

        return ModerationTexts.Decided(decision, calendar);
    }
}
