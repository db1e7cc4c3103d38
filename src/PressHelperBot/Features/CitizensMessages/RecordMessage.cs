using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.CitizensMessages;

// The entered message is stored and reaches the coordinators, in one commit with the end of the entry.
// An «обращение» gets its official-procedure reply at once and is logged as answered that way.
internal sealed class RecordMessage(
    CitizenMessageRepository messages,
    ConversationStore conversations,
    MessageCards cards,
    AppealReply appeal)
{
    // Throws DomainException when the entry lacks something (the handler re-asks).
    public CitizenMessage Run(MessageIntake intake, MessageKind kind, long actorId, DateTimeOffset now)
    {
        var message = intake.ToMessage(kind, now);
        if (kind == MessageKind.Appeal)
        {
            message.PointToAppealProcedure(appeal.Text(message.AuthorName), actorId, now);
        }

        messages.Add(message);
        messages.DropIntake(actorId);
        conversations.End(actorId);
        cards.SendToCoordinators(message, now);
        return message;
    }
}
