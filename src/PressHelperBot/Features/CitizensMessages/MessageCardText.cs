using System.Text;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// What a citizen's message looks like in the chat: the header (number, kind, where, who), the
// citizen's text as a quote, and what has happened to it. The same body goes to coordinators and to
// the department; the status line is the coordinators'.
internal static class MessageCardText
{
    // A card with media goes as a caption when it fits; a longer text is cut here rather than split,
    // so the card stays one message whose buttons and later edits are in one place.
    public const int MaxQuoted = 2500;

    public static string Body(CitizenMessage message, OrgCalendar calendar, int maxQuoted = MaxQuoted)
    {
        var html = new StringBuilder()
            .Append(Icon(message.Kind)).Append(' ').Append(Html.Bold($"Сообщение №{message.Id}")).Append(" · ").Append(MessageTexts.KindTitle(message.Kind)).Append('\n')
            .Append(SocialNetworks.Russian(message.Network)).Append(": ").Append(Html.Text(message.Link)).Append('\n')
            .Append("Автор: ").Append(Html.Text(message.AuthorName)).Append(" — ").Append(Html.Text(message.AuthorProfile)).Append('\n')
            .Append("Получено: ").Append(MessageTexts.When(message.ReceivedAt, calendar));
        var (visual, documents) = MessageIntake.Split(message.Media);
        if (visual.Count + documents.Count > 0)
        {
            html.Append("\n📎 ").Append(MessageTexts.Contents("", visual.Count, documents.Count));
        }

        if (message.Text.Length > 0)
        {
            html.Append("\n\n<blockquote>").Append(Html.Text(Cut(message.Text, maxQuoted))).Append("</blockquote>");
        }

        return html.ToString();
    }

    // The coordinators' card: the body and where the reply stands now.
    public static string ForCoordinators(CitizenMessage message, Department? department, OrgCalendar calendar, DateTimeOffset now) =>
        Body(message, calendar) + "\n\n" + Status(message, department, calendar, now);

    public static string Status(CitizenMessage message, Department? department, OrgCalendar calendar, DateTimeOffset now)
    {
        var line = new StringBuilder("Статус: ").Append(ReplyStatuses.Russian(message.Status));
        if (ReplyStatuses.IsInWork(message.Status) && department is not null && message.DueAt is { } due)
        {
            line.Append("\n").Append(Russian.UnitLabel(department.Kind)).Append(": ").Append(Html.Bold(department.Name))
                .Append("\nСрок черновика: ").Append(MessageTexts.When(due, calendar));
            if (message.IsOverdue(now))
            {
                line.Append(" — ⏰ просрочен");
            }
        }

        if (message.Status == ReplyStatus.Answered)
        {
            line.Append("\nОтвет: ").Append(Html.Text(message.AnswerLink));
        }
        else if (message.AgreedText is { } agreed)
        {
            line.Append("\n\nСогласованный ответ:\n<blockquote>").Append(Html.Text(agreed)).Append("</blockquote>");
        }

        if (message.Source == ReplySource.AppealProcedure)
        {
            line.Append("\n📜 Обращение: автору ответили, как направить официальное обращение (закон № 59-ФЗ).");
        }

        return line.ToString();
    }

    // The department's copy: the body and the due time.
    public static string ForDepartment(CitizenMessage message, Department department, OrgCalendar calendar) =>
        Body(message, calendar) + $"\n\n✍️ Пресс-служба просит {Russian.Unit(department, Case.Accusative)} " +
        $"подготовить ответ автору до {MessageTexts.When(message.DueAt!.Value, calendar)}. Нажмите «✍️ Ответить» и напишите его.";

    // A draft for the coordinators to agree.
    public static string Draft(CitizenMessage message, ReplyDraft draft, Department? department, string authorName, string styleHtml, OrgCalendar calendar)
    {
        var html = new StringBuilder()
            .Append("✍️ ").Append(Html.Bold($"Черновик ответа на сообщение №{message.Id}")).Append(" · ").Append(MessageTexts.KindTitle(message.Kind));
        if (draft.Number > 1)
        {
            html.Append(", версия ").Append(draft.Number);
        }

        html.Append('\n');
        if (department is not null)
        {
            html.Append(Russian.UnitLabel(department.Kind)).Append(": ").Append(Html.Bold(department.Name)).Append('\n');
        }

        html.Append("Автор черновика: ").Append(Html.Text(authorName));
        if (draft.StyleScore is { } score)
        {
            html.Append(" · стиль ").Append(score.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))).Append(" из 10");
        }

        html.Append("\nСрок: ").Append(MessageTexts.When(message.DueAt!.Value, calendar))
            .Append("\n\nСообщение жителя (").Append(Html.Text(message.AuthorName)).Append("):\n<blockquote>")
            .Append(Html.Text(Cut(message.Text.Length > 0 ? message.Text : "(только фото)", 600))).Append("</blockquote>")
            .Append("\nОтвет:\n<blockquote>").Append(Html.Text(draft.Text)).Append("</blockquote>");
        if (styleHtml.Length > 0)
        {
            html.Append("\n\n").Append(styleHtml);
        }

        return html.ToString();
    }

    public static string Closed(string card, string outcome) => Shorten(card) + "\n\n" + outcome;

    // A decided draft's card keeps what it was about and the draft itself, without the citizen's text.
    public static string DraftClosed(CitizenMessage message, ReplyDraft draft, string outcome) =>
        $"✍️ {Html.Bold($"Черновик ответа на сообщение №{message.Id}")}" + (draft.Number > 1 ? $", версия {draft.Number}" : "") +
        $"\nОтвет:\n<blockquote>{Html.Text(draft.Text)}</blockquote>\n\n{outcome}";

    private static string Icon(MessageKind kind) => kind == MessageKind.Appeal ? "📜" : "📨";

    // Only the first lines of a card stay when it closes: the outcome is what matters then.
    private static string Shorten(string card)
    {
        var quote = card.IndexOf("<blockquote>", StringComparison.Ordinal);
        return quote < 0 ? card : card[..quote].TrimEnd();
    }

    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end].TrimEnd() + "… (текст длиннее, целиком — в выгрузке «Ответы жителям»)";
    }
}
