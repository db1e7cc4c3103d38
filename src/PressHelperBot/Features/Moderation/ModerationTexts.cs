using System.Globalization;
using System.Text;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

// The Russian texts of the moderation log.
internal static class ModerationTexts
{
    public const string MenuButton = "🛡 Модерация";
    public const string RecordButton = "➕ Записать нарушение";
    public const string ExportButton = "📥 Выгрузить в Excel";
    public const string HeadsButton = "👑 Кто решает о блокировке";
    public const string MergeButton = "🔗 Ещё ссылка на этого автора";
    public const string BackButton = "⬅️ К журналу";
    public const string BlockButton = "🚫 Заблокировать";
    public const string WarnButton = "⚠️ Только предупредить";
    public const string SaveButton = "✅ Записать нарушение";

    public const string Forbidden = "Журнал модерации видят только координаторы, администраторы и руководитель.";

    public const string NotTheHead = "Решение о блокировке принимает руководитель, которому бот прислал предложение.";

    public const string AskCommentLink = "🔗 Пришлите ссылку на комментарий (или запись), который нарушил правила.";

    public const string AskProfile =
        "👤 Пришлите ссылку на страницу автора. Если у человека несколько страниц (например, vk.com/id123 и vk.com/ivan.petrov), " +
        "пришлите все ссылки одним сообщением — журнал будет вести их как одного автора.";

    public const string AskName = "Как подписан автор в сети? Имя попадёт в журнал и в текст уведомления.";

    public const string AskType = "Что нарушено?";

    public const string AskNote = "Напишите коротко, что нарушено.";

    public const string AskMeasure = "Что сделали с комментарием?";

    public const string AskEvidence =
        "📎 Пришлите скриншот комментария или скопируйте его текст — это необязательно. Затем нажмите «✅ Записать нарушение».";

    public const string NeedText = "Нужен текст. Напишите его обычным сообщением.";

    public const string UseButtons = "Выберите вариант кнопкой ниже или нажмите /cancel.";

    public const string EvidenceNotSupported = "Приложить можно скриншот (фото или файл) или текст комментария.";

    public const string AskMergeLink =
        "🔗 Пришлите другую ссылку на страницу этого же человека. Если по ней в журнале уже есть автор, истории объединятся.";

    public static string Violations(int n) => Russian.Count(n, "нарушение", "нарушения", "нарушений");

    public static string TypeButton(ViolationType type) => type switch
    {
        ViolationType.Spam => "📢 Спам или реклама",
        ViolationType.Insult => "🤬 Оскорбления",
        ViolationType.Obscenity => "🔞 Нецензурная лексика",
        ViolationType.Unlawful => "⚖️ Нарушение закона",
        ViolationType.Distortion => "🌀 Искажение сведений",
        _ => "✏️ Другое",
    };

    public static string MeasureButton(ModerationMeasure measure) => measure == ModerationMeasure.Hidden ? "🙈 Комментарий скрыт" : "🗑 Комментарий удалён";

    public static string Duplicate(Violation existing, string recordedBy, OrgCalendar calendar) =>
        $"Это нарушение уже в журнале: №{existing.Id} от {Day(existing.RecordedAt, calendar)}, кто записал: {Html.Text(recordedBy)}. Один комментарий считается одним нарушением — повторно не записываю.";

    public static string KnownAuthor(ModerationAuthor author, int violations) =>
        $"Автор уже в журнале: {Html.Text(DisplayName(author))}, {Violations(violations)}.";

    public static string AuthorsJoined(int count) =>
        $"Эти ссылки были у разных авторов журнала ({count}) — теперь это один автор с общей историей.";

    public static string KeepNameButton(string name) => $"✅ {name}";

    public static string Recorded(Violation violation, ModerationAuthor author, int total, bool proposed, IReadOnlyList<string> heads) =>
        $"✅ Нарушение №{violation.Id} записано. У автора ({Html.Text(DisplayName(author))}) теперь {Violations(total)}." +
        (proposed ? $"\n🚫 Это повторное нарушение: предложение о блокировке отправлено руководителю ({Html.Text(string.Join(", ", heads))})." : "") +
        (!proposed && author.PendingProposal is not null ? "\nПредложение о блокировке уже ждёт решения руководителя — он увидит и это нарушение." : "");

    public static string DisplayName(ModerationAuthor author) => author.Name.Length > 0 ? author.Name : author.Profiles.FirstOrDefault() ?? "без имени";

    // The head's card: who, what they did and where, and what the rule says.
    public static string Proposal(ModerationAuthor author, IReadOnlyList<Violation> violations, OrgCalendar calendar) =>
        new StringBuilder()
            .Append("🛡 ").Append(Html.Bold("Предложение о блокировке пользователя")).Append('\n')
            .Append(History(author, violations, calendar))
            .Append("\n\nПо правилам ведения страниц пользователя, который два и более раза разместил такие комментарии, можно заблокировать по решению главы (заместителя главы). Решите, пожалуйста:")
            .ToString();

    public static string History(ModerationAuthor author, IReadOnlyList<Violation> violations, OrgCalendar calendar)
    {
        var html = new StringBuilder()
            .Append("Автор: ").Append(Html.Bold(DisplayName(author))).Append('\n')
            .Append("Страницы: ").Append(Html.Text(string.Join(", ", author.Profiles))).Append('\n')
            .Append("Нарушений: ").Append(violations.Count);
        for (var i = 0; i < violations.Count; i++)
        {
            var v = violations[i];
            html.Append('\n').Append(i + 1).Append(". ").Append(Day(v.RecordedAt, calendar)).Append(", ")
                .Append(SocialNetworks.Russian(v.Network)).Append(": ").Append(Html.Text(v.TypeText)).Append(", ")
                .Append(ViolationTypes.Russian(v.Measure)).Append(" — ").Append(Html.Text(v.CommentLink));
            if (v.EvidenceText.Length > 0)
            {
                html.Append("\n   «").Append(Html.Text(v.EvidenceText.Length > 200 ? v.EvidenceText[..200] + "…" : v.EvidenceText)).Append('»');
            }
        }

        foreach (var proposal in author.Proposals.Where(p => p.Decision is not null))
        {
            var decision = proposal.Decision!;
            html.Append("\nРешение руководителя от ").Append(Day(decision.At, calendar)).Append(": ")
                .Append(HeadDecisions.Russian(decision.Kind)).Append(" (").Append(Html.Text(decision.ByName)).Append(')');
        }

        return html.ToString();
    }

    public static string Decided(BlockDecision decision, OrgCalendar calendar) =>
        $"{(decision.Kind == HeadDecision.Block ? "🚫" : "⚠️")} Решение: {HeadDecisions.Russian(decision.Kind)}. Решение принято: {Html.Text(decision.ByName)}, {Time(decision.At, calendar)}";

    public static string AlreadyDecided(BlockDecision decision, OrgCalendar calendar) =>
        $"Уже решено: {HeadDecisions.Russian(decision.Kind)}. Решение принято: {decision.ByName}, {Time(decision.At, calendar)}";

    // The page's notice in a <pre> block: Telegram shows a copy button on it, and the coordinator pastes
    // exactly that text.
    public static string ToCoordinators(ModerationAuthor author, BlockDecision decision, OrgCalendar calendar, string notice) =>
        (decision.Kind == HeadDecision.Block
            ? $"🚫 Руководитель решил заблокировать пользователя: {Html.Bold(DisplayName(author))} ({Html.Text(string.Join(", ", author.Profiles))}). " +
              $"Решение принято: {Html.Text(decision.ByName)}, {Time(decision.At, calendar)}.\nЗаблокируйте его на страницах и опубликуйте уведомление — готовый текст ниже."
            : $"⚠️ Руководитель решил только предупредить пользователя: {Html.Bold(DisplayName(author))} ({Html.Text(string.Join(", ", author.Profiles))}). " +
              $"Решение принято: {Html.Text(decision.ByName)}, {Time(decision.At, calendar)}.\nОпубликуйте предупреждение ответом автору — готовый текст ниже.")
            + $"\n\n<pre>{Html.Text(notice)}</pre>";

    // The notice for the page (Zhatay 4.3: a block is announced on the page under the network's rules).
    public static string PageNotice(ModerationAuthor author, IReadOnlyList<Violation> violations, HeadDecision decision)
    {
        var types = string.Join(", ", violations.Select(v => v.TypeText).Distinct());
        var name = DisplayName(author);
        return decision == HeadDecision.Block
            ? $"Пользователь {name} заблокирован на странице по решению главы за неоднократное (два и более раза) размещение комментариев, " +
              $"нарушающих правила страницы ({types}). Такие комментарии удаляются. Просим всех участников обсуждений соблюдать правила и уважать друг друга."
            : $"{name}, ваши комментарии удалены, потому что нарушают правила страницы ({types}). " +
              "Пожалуйста, соблюдайте правила: при повторном нарушении доступ к странице может быть ограничен по решению главы.";
    }

    public static string Day(DateTimeOffset instant, OrgCalendar calendar) =>
        calendar.LocalTime(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant, OrgCalendar calendar) =>
        calendar.LocalTime(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
