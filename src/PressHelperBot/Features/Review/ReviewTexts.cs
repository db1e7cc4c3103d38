using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

internal static class ReviewTexts
{
    public const string ApproveButton = "✅ В план";
    public const string ChangesButton = "✏️ На доработку";
    public const string RejectButton = "❌ Отклонить";
    public const string EditTextButton = "📝 Править текст";
    public const string EditReasonsButton = "⚙️ Изменить список причин";
    public const string AddReasonButton = "➕ Добавить причину";
    public const string BackButton = "« Назад";
    public const string CorrectButton = "✏️ Исправить";

    public const string TextSeparately = "⬆️ Текст новости — в сообщении выше.";

    public const string Outdated = "Кнопка устарела: пришла новая версия новости, решайте по новой карточке.";

    public const string NeedText = "Нужен текст. Напишите его сообщением или нажмите /cancel.";

    public const string WritePrivately =
        "Не могу написать вам в личные сообщения. Откройте чат с ботом, нажмите /start и попробуйте снова.";

    public const string ReasonsTitle = "Готовые причины отклонения. Нажмите на причину, чтобы удалить её:";

    public const string AskNewReason = "Напишите новую причину одной строкой (до 60 знаков).";

    public static string QuestionExpired(int submissionId) =>
        $"Вопрос о новости №{submissionId} задан больше получаса назад, поэтому сообщение не принято как ответ. " +
        "Если нужно, нажмите кнопку на карточке ещё раз.";

    public static string Title(Submission submission) =>
        $"№{submission.Id} «{Html.Text(PlanItem.ShortTitle(submission.CurrentText))}»";

    public static string AskDate(Submission submission) =>
        $"📅 Новость {Title(submission)}: на какой день поставить в план?\n" +
        (submission.WishedDate is { } wished ? $"Автор хотел: {SubmissionCard.Day(wished)}.\n" : "") +
        "\nВыберите день или напишите дату: «завтра», «пт», «25.11».";

    public static string AskComment(Submission submission) =>
        $"✏️ Новость {Title(submission)}: напишите автору, что исправить.";

    public static string AskReason(Submission submission) =>
        $"❌ Новость {Title(submission)}: выберите причину или напишите свою.";

    public static string AskText(Submission submission) =>
        $"📝 Новость {Title(submission)}: пришлите исправленный текст целиком. Сейчас он такой (следующим сообщением — можно скопировать):";

    public static string Outcome(StatusChange decision, string who) => decision.Action switch
    {
        SubmissionAction.Schedule => $"✅ В план {Html.Text(decision.Comment)} — {Html.Text(who)}",
        SubmissionAction.RequestChanges => $"✏️ На доработку — {Html.Text(who)}: {Html.Text(decision.Comment)}",
        SubmissionAction.Reject => $"❌ Отклонено — {Html.Text(who)}: {Html.Text(decision.Comment)}",
        _ => $"{StatusMachine.Russian(decision.To)} — {Html.Text(who)}",
    };

    // Coordinators may be women or men: no verb in the past tense next to a person's name.
    public static string Withdrawn => "↩️ Новость отозвана автором.";

    public static string Superseded(bool byCoordinator) => byCoordinator
        ? "📝 Текст поправлен — новая карточка ниже."
        : "🔄 Пришла исправленная версия — новая карточка ниже.";

    // Short: it is the answer to the button press (200 characters at most). Reads like the decided card.
    public static string AlreadyDecided(StatusChange decision, string who) => decision.Action switch
    {
        SubmissionAction.Schedule => $"Уже решено: в план {decision.Comment} — {who}.",
        SubmissionAction.RequestChanges => $"Уже решено: на доработку — {who}.",
        _ => $"Уже решено: отклонено — {who}.",
    };

    public const string QuestionAnswered = "✔️ Ответ получен — итог ниже.";

    public static string Done(StatusChange decision) => decision.Action switch
    {
        SubmissionAction.Schedule => $"Готово: в плане {decision.Comment}.",
        SubmissionAction.RequestChanges => "Готово: отправлено автору на доработку.",
        _ => "Готово: отклонено, автор узнает причину.",
    };

    public static string ToAuthor(Submission submission, StatusChange decision) => decision.Action switch
    {
        SubmissionAction.Schedule =>
            $"✅ Ваша новость {Title(submission)} принята в контент-план {Html.Text(decision.Comment)}.",
        SubmissionAction.RequestChanges =>
            $"✏️ Новость {Title(submission)} вернули на доработку.\nКомментарий координатора: {Html.Text(decision.Comment)}\n\n" +
            "Исправьте и отправьте снова — кнопкой ниже или в «Мои новости».",
        _ => $"❌ Новость {Title(submission)} отклонена.\nПричина: {Html.Text(decision.Comment)}",
    };

    public static string TextEdited(Submission submission, string who, string changes) =>
        $"📝 Координатор поправил текст вашей новости {Title(submission)} (правка: {Html.Text(who)}). Прежний текст сохранён.\n\n{Html.Text(changes)}";

    public static string TextReplaced(Submission submission) => $"Готово: текст новости №{submission.Id} заменён, карточка обновлена.";
}
