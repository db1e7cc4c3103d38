using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;

namespace PressHelperBot.Features.CitizensMessages;

internal static class MessagesViewText
{
    public static string MenuButton(int open) => open == 0 ? MessageTexts.ViewButton : $"{MessageTexts.ViewButton} · открыто: {open}";

    public static string MyRepliesButton(int owed) => $"✍️ Ответы жителям · ждут: {owed}";

    public static string Owed(int count) =>
        $"✍️ Ждут ответа вашего подразделения: {MessageTexts.Count(count)}. Нажмите, чтобы написать ответ.";

    public static string OwedButton(CitizenMessage message, OrgCalendar calendar) =>
        $"№{message.Id} · {MessageTexts.KindTitle(message.Kind)} · до {MessageTexts.When(message.DueAt!.Value, calendar)}";

    public static string Item(CitizenMessage message, OrgCalendar calendar, DateTimeOffset now)
    {
        var state = message.Status switch
        {
            ReplyStatus.New => "поручить",
            ReplyStatus.Drafted => "согласовать",
            ReplyStatus.Agreed => "опубликовать",
            ReplyStatus.Answered => "опубликован",
            _ => message.DueAt is { } due ? $"до {MessageTexts.When(due, calendar)}" : "",
        };
        return $"{(message.IsOverdue(now) ? "⏰ " : "")}№{message.Id} · {MessageTexts.KindTitle(message.Kind)} · {message.AuthorName} · {state}";
    }

    public static string Heading(MessagesTab tab, Department? filter, int count, int shown)
    {
        var what = tab switch
        {
            MessagesTab.Overdue => "просроченные",
            MessagesTab.Answered => "с опубликованным ответом",
            _ => "открытые",
        };
        var scope = filter is null ? "все подразделения" : Russian.Unit(filter, Case.Nominative);
        var text = $"💬 <b>Ответы жителям</b>: {what}, {scope}.\n";
        text += count == 0 ? "Таких сообщений нет." : $"Всего: {MessageTexts.Count(count)}. Нажмите, чтобы открыть карточку.";
        return shown < count ? text + $"\nПоказаны первые {shown}." : text;
    }
}
