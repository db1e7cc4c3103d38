namespace PressHelperBot.Domain.Submissions;

public enum ConsentQuestionKind
{
    // "Are there children in the picture?", "Is anyone's personal data visible?": a yes makes consent needed.
    Risk = 1,

    // "Is there consent to publish?": asked only when consent is needed; a no is «нет согласия».
    Consent = 2,
}

// A question coordinators set up, asked before news with photos or video is sent (152-ФЗ: pictures
// of people, children above all, are personal data and need their consent, for children the parents').
public sealed record ConsentQuestion(int Id, string Text, ConsentQuestionKind Kind);

// The author's yes or no, with the question as it was worded when it was asked.
public sealed record ConsentAnswer(int QuestionId, string Question, ConsentQuestionKind Kind, bool Yes);

// The answers sent with one version of a submission; each sending keeps its own.
public sealed record ConsentRecord
{
    public int Version { get; init; }

    public DateTimeOffset At { get; init; }

    public IReadOnlyList<ConsentAnswer> Answers { get; init; } = [];

    // Children or someone's personal data in the picture: the people's consent is needed.
    public bool ConsentNeeded => Answers.Any(answer => answer.Kind == ConsentQuestionKind.Risk && answer.Yes)
        || (Answers.All(answer => answer.Kind != ConsentQuestionKind.Risk) && Answers.Count > 0);

    // «нет согласия»: the coordinators' card warns, and a ready-made rejection reason names it.
    public bool ConsentMissing => Answers.Any(answer => answer.Kind == ConsentQuestionKind.Consent && !answer.Yes);

    public bool SameAnswers(IReadOnlyList<ConsentAnswer> other) => Answers.SequenceEqual(other);
}

// Which question comes next. Risk questions are asked in order; the consent question only when one of
// them was answered yes (with no risk questions set up, it is always asked): nobody presses a button
// that cannot change anything. Text-only news and news with documents only are not asked at all.
public static class ConsentQuestionnaire
{
    public const int MaxQuestions = 6;
    public const int MaxLength = 200;

    public static readonly IReadOnlyList<(string Text, ConsentQuestionKind Kind)> Defaults =
    [
        ("Есть ли в кадре дети?", ConsentQuestionKind.Risk),
        ("Видны ли чьи-то персональные данные: лица крупным планом, документы, адреса, телефоны, номера машин?", ConsentQuestionKind.Risk),
        ("Есть ли согласие этих людей на публикацию (за детей — согласие родителей)?", ConsentQuestionKind.Consent),
    ];

    public static bool Applies(IEnumerable<MediaItem> media) => media.Any(item => item.Kind is MediaKind.Photo or MediaKind.Video);

    public static ConsentQuestion? Next(IReadOnlyList<ConsentQuestion> questions, IReadOnlyList<ConsentAnswer> answers)
    {
        var answered = answers.Select(answer => answer.QuestionId).ToHashSet();
        if (questions.FirstOrDefault(q => q.Kind == ConsentQuestionKind.Risk && !answered.Contains(q.Id)) is { } risk)
        {
            return risk;
        }

        var consent = questions.FirstOrDefault(q => q.Kind == ConsentQuestionKind.Consent);
        var needed = answers.Any(a => a.Kind == ConsentQuestionKind.Risk && a.Yes) || questions.All(q => q.Kind != ConsentQuestionKind.Risk);
        return consent is not null && needed && !answered.Contains(consent.Id) ? consent : null;
    }

    // The answers still standing for the questions as they are now, in the order they are asked: an
    // answer to a deleted question goes, and a consent answer goes when no yes needs it any more.
    public static IReadOnlyList<ConsentAnswer> Standing(IReadOnlyList<ConsentQuestion> questions, IReadOnlyList<ConsentAnswer> answers)
    {
        var kept = questions.Select(q => answers.LastOrDefault(a => a.QuestionId == q.Id)).OfType<ConsentAnswer>().ToList();
        var needed = kept.Any(a => a.Kind == ConsentQuestionKind.Risk && a.Yes) || questions.All(q => q.Kind != ConsentQuestionKind.Risk);
        return needed ? kept : [.. kept.Where(a => a.Kind != ConsentQuestionKind.Consent)];
    }

    public static bool Complete(IReadOnlyList<ConsentQuestion> questions, IReadOnlyList<ConsentAnswer> answers) => Next(questions, answers) is null;

    public static string CheckText(string? text, IReadOnlyCollection<string> existing)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0)
        {
            throw new DomainException("Вопрос пустой. Напишите вопрос одним сообщением.");
        }
        if (clean.Length > MaxLength)
        {
            throw new DomainException($"Слишком длинный вопрос (знаков: {clean.Length}, можно до {MaxLength}). Сократите его.");
        }
        if (existing.Contains(clean, StringComparer.CurrentCultureIgnoreCase))
        {
            throw new DomainException("Такой вопрос уже есть.");
        }
        return clean;
    }
}
