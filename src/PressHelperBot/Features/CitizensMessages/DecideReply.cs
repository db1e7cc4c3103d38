using PressHelperBot.Domain;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// What a coordinator decided about the reply.
internal abstract record ReplyDecision
{
    public sealed record Agree : ReplyDecision;

    public sealed record Edit(string Text) : ReplyDecision;

    public sealed record Return(string Comment) : ReplyDecision;

    // Without a department, from a new message's card.
    public sealed record Self(string Text) : ReplyDecision;
}

// Answer: for the coordinator. Agreed: the message whose agreed text they now copy, when it is agreed.
internal sealed record ReplyDecisionResult(string Answer, CitizenMessage? Agreed);

// A coordinator's ✅ / 📝 / ✏️ on a draft, or their own reply, as one change: the message is read under
// the writer's gate, decided by the domain, saved, and the cards' outcome and the department's notice are
// queued in the same commit. Of two coordinators pressing at once the second learns who was first.
internal sealed class DecideReply(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCards cards,
    ReturnOrphaned orphaned,
    IOutbox outbox)
{
    public ReplyDecisionResult Run(int messageId, int draftNumber, ReplyDecision decision, long actorId, string actorName, DateTimeOffset now)
    {
        var message = messages.FindForUpdate(messageId) ?? throw new StaleButtonException();
        if (decision is ReplyDecision.Return && message.CurrentAssignment is { } assignment && departments.Find(assignment.DepartmentId) is null)
        {
            return new ReplyDecisionResult(orphaned.Run(messageId, now) ? ReturnOrphaned.Refusal : $"Вернуть нельзя: {ReplyStatuses.Russian(message.Status)}.", null);
        }

        try
        {
            Apply(message, draftNumber, decision, actorId, now);
        }
        catch (ReplyAlreadyDecidedException e)
        {
            return new ReplyDecisionResult($"Уже решено: {Outcome(e.Decision.Action)}. Решение: {cards.NameOf(e.Decision.ById)}", null);
        }
        catch (DomainException e)
        {
            return new ReplyDecisionResult(e.Message, null);
        }

        messages.Save(message);
        var who = Html.Text(actorName);
        if (decision is ReplyDecision.Return back)
        {
            cards.CloseDraftCards(message, $"✏️ Вернули на доработку. Решение: {who}");
            var department = departments.Find(message.CurrentAssignment!.DepartmentId)!;
            cards.SendToDepartment(message, department, ReturnedHeading(message, back.Comment));
            cards.RefreshCoordinatorCards(message, now);
            return new ReplyDecisionResult(MessageTexts.Returned(message), null);
        }

        if (decision is not ReplyDecision.Self)
        {
            cards.CloseDraftCards(message, $"{(decision is ReplyDecision.Edit ? "📝 Исправлено и согласовано" : "✅ Согласовано")}. Решение: {who}");
            TellDraftAuthor(message);
        }

        cards.RefreshCoordinatorCards(message, now);
        return new ReplyDecisionResult(MessageTexts.Agreed(message), message);
    }

    public static string Outcome(ReplyAction action) => action switch
    {
        ReplyAction.Returned => "ответ вернули на доработку",
        ReplyAction.AgreedWithEdits => "ответ исправили и согласовали",
        _ => "ответ согласован",
    };

    private static void Apply(CitizenMessage message, int draftNumber, ReplyDecision decision, long actorId, DateTimeOffset now)
    {
        switch (decision)
        {
            case ReplyDecision.Agree:
                message.Agree(draftNumber, actorId, now);
                break;
            case ReplyDecision.Edit edit:
                message.AgreeEdited(draftNumber, edit.Text, actorId, now);
                break;
            case ReplyDecision.Return back:
                message.Return(draftNumber, back.Comment, actorId, now);
                break;
            case ReplyDecision.Self self:
                message.AnswerAsCoordinator(self.Text, actorId, now);
                break;
        }
    }

    private static string ReturnedHeading(CitizenMessage message, string comment) =>
        $"✏️ Пресс-служба вернула ответ на сообщение №{message.Id} на доработку.\nКомментарий: {Html.Text(comment.Trim())}\n\n" +
        $"Ваш черновик:\n<blockquote>{Html.Text(message.CurrentDraft!.Text)}</blockquote>\nНажмите «✍️ Ответить» и пришлите исправленный ответ.";

    // The one who wrote the draft hears it was agreed, and with which text when the coordinator changed it.
    private void TellDraftAuthor(CitizenMessage message)
    {
        var draft = message.CurrentDraft!;
        var text = message.Source == ReplySource.EditedByCoordinator
            ? $"✅ Пресс-служба исправила и согласовала ваш ответ на сообщение №{message.Id}. Так он будет опубликован:\n<blockquote>{Html.Text(message.AgreedText)}</blockquote>"
            : $"✅ Пресс-служба согласовала ваш ответ на сообщение №{message.Id}. Спасибо!";
        outbox.Send(new OutgoingMessage($"citizen:{message.Id}:agreed:{draft.Number}", draft.AuthorId, text));
    }
}
