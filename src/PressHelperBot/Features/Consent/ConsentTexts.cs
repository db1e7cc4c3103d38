using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Consent;

internal static class ConsentTexts
{
    public const string Yes = "Да";
    public const string No = "Нет";
    public const string MenuButton = "📸 Вопросы о съёмке";
    public const string AddButton = "➕ Добавить вопрос";
    public const string RewordButton = "✏️ Изменить формулировку";
    public const string DeleteButton = "🗑 Удалить вопрос";
    public const string BackButton = "« К списку вопросов";
    public const string AnswerByButton = "Ответьте кнопкой «Да» или «Нет» под вопросом.";

    public const string AskNewQuestion =
        "Напишите новый вопрос одним сообщением, так, чтобы на него можно было ответить «Да» или «Нет» " +
        "(«Да» значит, что нужно согласие). Выйти: /cancel";

    public const string AskReword = "Напишите новую формулировку вопроса одним сообщением. Выйти: /cancel";

    public const string NeedText = "Нужен текст вопроса сообщением. Выйти: /cancel";

    public const string QuestionGone = "Этого вопроса уже нет — список обновлён.";

    // Asked before the preview, one question at a time, in the message that asked the first one.
    public static string Question(ConsentQuestion question, bool first, string? hint = null) =>
        (hint is null ? "" : Html.Text(hint) + "\n\n") +
        (first
            ? "🛡 В новости есть фото или видео. Перед отправкой — короткие вопросы о людях в кадре: " +
              "публиковать их изображения и данные можно только с согласия (закон о персональных данных).\n\n"
            : "🛡 ") +
        $"<b>{Html.Text(question.Text)}</b>";

    public static string Answered(IReadOnlyList<ConsentAnswer> answers, bool missing) =>
        "🛡 Ответы о согласии сохранены:\n" + Lines(answers) +
        (missing ? "\n\n⚠️ Согласия нет: координатор увидит предупреждение и может отклонить новость. " +
                   $"Если согласие получите, исправьте ответы кнопкой «{SubmissionTexts.EditConsentButton}»: " +
                   $"она есть под «{SubmissionTexts.EditButton}» в предпросмотре и под «{MyMaterialsTexts.CorrectButton}» в ваших новостях." : "");

    // The block on the coordinators' card and on the author's preview.
    public static string CardBlock(ConsentRecord consent) =>
        "🛡 Согласие на публикацию:\n" + Lines(consent.Answers) +
        (consent.ConsentMissing ? "\n" + Warning : consent.ConsentNeeded ? "\n✅ Согласие есть." : "");

    // The first line under the card's title, so nobody misses it.
    public const string Warning =
        "⚠️ <b>НЕТ СОГЛАСИЯ</b> на публикацию: в кадре дети или чьи-то персональные данные, а согласия нет. " +
        "Публиковать без согласия нельзя (закон о персональных данных).";

    public static string Lines(IReadOnlyList<ConsentAnswer> answers) =>
        string.Join("\n", answers.Select(answer => $"• {Html.Text(answer.Question)} — {(answer.Yes ? "да" : "нет")}"));

    public static string Summary(ConsentRecord consent) =>
        string.Join("; ", consent.Answers.Select(answer => $"«{answer.Question}» — {(answer.Yes ? "да" : "нет")}")) +
        (consent.ConsentMissing ? ". Нет согласия" : "");

    public const string EditorTitle =
        "📸 <b>Вопросы о съёмке</b>\n" +
        "Автор новости с фото или видео отвечает на них кнопками «Да» или «Нет» перед отправкой. " +
        "Вопрос о согласии (последний) задаётся, только если на какой-то вопрос ответили «Да»; " +
        "ответ «Нет» на него показывает на карточке предупреждение «нет согласия». " +
        "На новости без фото и видео вопросов нет.";

    public static string Editor(IReadOnlyList<ConsentQuestion> questions) =>
        EditorTitle + "\n\n" +
        string.Join("\n", questions.Select((q, i) => $"{i + 1}. {Html.Text(q.Text)}" + (q.Kind == ConsentQuestionKind.Consent ? " (о согласии)" : ""))) +
        "\n\nНажмите на вопрос, чтобы изменить или удалить его.";

    public static string Details(ConsentQuestion question) =>
        (question.Kind == ConsentQuestionKind.Consent
            ? "🛡 Вопрос о согласии. Его задают после ответа «Да» на другой вопрос; ответ «Нет» — это «нет согласия». Удалить его нельзя, только переформулировать."
            : "🛡 Вопрос о людях в кадре. Ответ «Да» значит, что нужно согласие: тогда автору задают вопрос о согласии.") +
        $"\n\n<b>{Html.Text(question.Text)}</b>";

    public static string ButtonLabel(int number, ConsentQuestion question) =>
        $"{number}. " + (question.Text.Length <= 50 ? question.Text : question.Text[..49] + "…");

    public static string Added(ConsentQuestion question) => $"Вопрос добавлен: «{Html.Text(question.Text)}».";

    public static string Reworded(ConsentQuestion question) => $"Новая формулировка сохранена: «{Html.Text(question.Text)}».";

    public static string Deleted(ConsentQuestion question) => $"Вопрос удалён: «{Html.Text(question.Text)}».";
}
