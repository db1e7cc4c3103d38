using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.CitizensMessages;

// A department deleted while it owed or had written a reply: the message goes back to the coordinators
// with a new card to assign it again; the department's copies and the draft's cards close. Run by the
// sweep, and at once when someone presses a button of such a message.
internal sealed class ReturnOrphaned(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCards cards)
{
    public const string Refusal = "Подразделение, которому поручили сообщение, удалено — сообщение вернулось в пресс-службу.";

    private const string Heading = "⚠️ Подразделение, которому поручили это сообщение, удалено. Сообщение вернулось — поручите его заново.";

    // True when the message was sent back.
    public bool Run(int messageId, DateTimeOffset now)
    {
        var message = messages.FindForUpdate(messageId);
        if (message?.DepartmentId is not { } departmentId || departments.Find(departmentId) is not null)
        {
            return false;
        }

        message.SendBackToCoordinators(now);
        messages.Save(message);
        cards.CloseDepartmentCards(message, "⚠️ Подразделение удалено — сообщение вернулось в пресс-службу.");
        cards.CloseDraftCards(message, "⚠️ Подразделение удалено — сообщение вернулось в пресс-службу.");
        cards.CloseCoordinatorCards(message, "⚠️ Сообщение вернулось в пресс-службу — новая карточка ниже.");
        cards.SendToCoordinators(message, now, Heading);
        return true;
    }
}
