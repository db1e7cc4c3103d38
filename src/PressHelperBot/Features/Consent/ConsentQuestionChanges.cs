using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Consent;

// A coordinator's change to the consent questions, stored and written to the audit log in the same
// unit of work. Throws DomainException with a Russian reason when the change is refused.
internal sealed class ConsentQuestionChanges(ConsentQuestionRepository questions, AuditLog audit)
{
    public const string Removed = "удалён";

    public ConsentQuestion Add(string text, long actorId, string actorName, DateTimeOffset now)
    {
        var added = questions.Add(text);
        audit.Append(AuditEntry.Of(now, actorId, actorName, AuditArea.ConsentQuestions, Subject(added), "", added.Text));
        return added;
    }

    public ConsentQuestion? Reword(int id, string text, long actorId, string actorName, DateTimeOffset now)
    {
        if (questions.Reword(id, text) is not { } change)
        {
            return null;
        }

        if (AuditEntry.Change(now, actorId, actorName, AuditArea.ConsentQuestions, Subject(change.After), change.Before.Text, change.After.Text) is { } entry)
        {
            audit.Append(entry);
        }
        return change.After;
    }

    public ConsentQuestion? Delete(int id, long actorId, string actorName, DateTimeOffset now)
    {
        if (questions.Delete(id) is not { } deleted)
        {
            return null;
        }

        audit.Append(AuditEntry.Of(now, actorId, actorName, AuditArea.ConsentQuestions, Subject(deleted), deleted.Text, Removed));
        return deleted;
    }

    private static string Subject(ConsentQuestion question) =>
        question.Kind == ConsentQuestionKind.Consent ? "Вопрос о согласии" : $"Вопрос о людях в кадре №{question.Id}";
}
