using PressHelperBot.Domain;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// The department's draft goes to the coordinators: stored, the department's copies say it was sent,
// the draft's cards are queued, all in one commit. Null when sent; else why not (the message moved on
// meanwhile, or the department was deleted).
internal sealed class SubmitReply(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    MessageCards cards,
    ReturnOrphaned orphaned)
{
    public string? Run(int messageId, int assignment, string text, double? styleScore, string styleHtml, long actorId, DateTimeOffset now)
    {
        var message = messages.FindForUpdate(messageId) ?? throw new StaleButtonException();
        conversations.End(actorId);
        if (message.CurrentAssignment is not { } current || current.Number != assignment || !ReplyStatuses.AwaitsDepartment(message.Status))
        {
            return $"Черновик уже не нужен: {ReplyStatuses.Russian(message.Status)}.";
        }

        if (departments.Find(current.DepartmentId) is null)
        {
            orphaned.Run(messageId, now);
            return ReturnOrphaned.Refusal;
        }

        if (people.Find(actorId)?.BelongsTo(current.DepartmentId) != true)
        {
            return "Сообщение поручено другому подразделению.";
        }

        ReplyDraft draft;
        try
        {
            draft = message.SubmitDraft(text, current.DepartmentId, actorId, styleScore, now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        messages.Save(message);
        cards.CloseDepartmentCards(message, $"📨 Черновик ответа отправлен на согласование. Автор черновика: {Html.Text(cards.NameOf(actorId))}");
        cards.SendDraft(message, draft, styleHtml);
        cards.RefreshCoordinatorCards(message, now);
        return null;
    }
}
