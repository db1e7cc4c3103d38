using LiteDB;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Persistence;

public sealed class StoredConsentQuestion
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    public ConsentQuestionKind Kind { get; set; }

    public bool Deleted { get; set; }

    public ConsentQuestion ToQuestion() => new(Id, Text, Kind);
}

// The consent questions coordinators keep (ConsentQuestionnaire). The defaults are written on first
// use; a deleted question is only marked, so answers already given keep pointing at what was asked.
// The one consent question ("is there consent?") can be reworded but not deleted: without it no card
// could say «нет согласия».
public sealed class ConsentQuestionRepository(BotDatabase db)
{
    private readonly ILiteCollection<StoredConsentQuestion> questions = db.Collection<StoredConsentQuestion>("consent_questions");
    private readonly Lock seeding = new();

    // Risk questions in the order they were added, then the consent question.
    public IReadOnlyList<ConsentQuestion> All()
    {
        lock (seeding)
        {
            if (questions.Count() == 0)
            {
                questions.InsertBulk(ConsentQuestionnaire.Defaults.Select(q => new StoredConsentQuestion { Text = q.Text, Kind = q.Kind }));
            }
        }

        return questions.Find(q => !q.Deleted).OrderBy(q => q.Kind).ThenBy(q => q.Id).Select(q => q.ToQuestion()).ToList();
    }

    public ConsentQuestion? Find(int id) => questions.FindById(id) is { Deleted: false } stored ? stored.ToQuestion() : null;

    // Throws DomainException with a Russian reason when the text does not fit.
    public ConsentQuestion Add(string text)
    {
        var all = All();
        var clean = ConsentQuestionnaire.CheckText(text, all.Select(q => q.Text).ToList());
        if (all.Count >= ConsentQuestionnaire.MaxQuestions)
        {
            throw new DomainException($"Вопросов уже {all.Count}, больше не нужно: автор отвечает на них перед каждой отправкой. Сначала удалите ненужный.");
        }

        var stored = new StoredConsentQuestion { Text = clean, Kind = ConsentQuestionKind.Risk };
        questions.Insert(stored);
        return stored.ToQuestion();
    }

    // The question before and after; null when it is gone.
    public (ConsentQuestion Before, ConsentQuestion After)? Reword(int id, string text)
    {
        if (questions.FindById(id) is not { Deleted: false } stored)
        {
            return null;
        }

        var before = stored.ToQuestion();
        stored.Text = ConsentQuestionnaire.CheckText(text, All().Where(q => q.Id != id).Select(q => q.Text).ToList());
        questions.Update(stored);
        return (before, stored.ToQuestion());
    }

    // The deleted question; null when it is gone already. The consent question is refused.
    public ConsentQuestion? Delete(int id)
    {
        if (questions.FindById(id) is not { Deleted: false } stored)
        {
            return null;
        }
        if (stored.Kind == ConsentQuestionKind.Consent)
        {
            throw new DomainException("Вопрос о согласии удалить нельзя: по нему карточка предупреждает «нет согласия». Его можно переформулировать.");
        }

        stored.Deleted = true;
        questions.Update(stored);
        return stored.ToQuestion();
    }
}
