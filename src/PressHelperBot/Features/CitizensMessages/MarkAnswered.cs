using PressHelperBot.Domain;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// «✅ Ответ опубликован» with the link to the posted reply: the message is answered, the coordinators'
// cards close, and whoever drafted the reply sees where it went.
internal sealed class MarkAnswered(CitizenMessageRepository messages, MessageCards cards, IOutbox outbox)
{
    public string Run(int messageId, string link, long actorId, DateTimeOffset now)
    {
        var message = messages.FindForUpdate(messageId) ?? throw new StaleButtonException();
        try
        {
            message.MarkAnswered(link, actorId, now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        messages.Save(message);
        cards.RefreshCoordinatorCards(message, now);
        if (message.CurrentDraft is { } draft && draft.AuthorId != actorId)
        {
            outbox.Send(new OutgoingMessage(
                $"citizen:{message.Id}:answered",
                draft.AuthorId,
                $"📣 Ответ на сообщение №{message.Id} опубликован: {Html.Text(message.AnswerLink)}"));
        }

        return MessageTexts.MarkedAnswered(message);
    }
}
