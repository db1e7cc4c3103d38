using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// ЦУР requests in the chat (Amurzet 5.3, 6.4).
internal static class CurTexts
{
    public const string NewButton = "➕ Новый запрос";
    public const string AnsweredButton = "📁 Отправленные ответы";
    public const string OpenListButton = "📨 Открытые запросы";
    public const string AssembleButton = "📎 Собрать ответ из реестра (Excel)";
    public const string SentButton = "✅ Ответ отправлен в ЦУР";
    public const string SendButton = "📨 Отправить ответ в ЦУР";
    public const string FileButton = "📎 Отправленный ответ";
    public const string OpenButton = "📨 Открыть запрос";

    public const string AskWhat = "📨 <b>Новый запрос ЦУР</b>\nЧто запрашивает ЦУР? Перешлите или напишите текст запроса.";
    public const string AskDue = "К какому сроку нужен ответ? Например: «завтра», «пт», «30.11».";
    public const string TextExpected = "Пришлите ответ текстом.";
    public const string Gone = "Этого запроса больше нет.";

    public static string List(IReadOnlyList<CurRequest> open, DateOnly today) => open.Count == 0
        ? "📨 <b>Запросы ЦУР</b>\nОткрытых запросов нет. Когда ЦУР запросит сведения об аккаунтах, запишите запрос: бот соберёт ответ из реестра и напомнит о сроке."
        : "📨 <b>Запросы ЦУР</b>, открытые:\n" + string.Join('\n', open.Select(r => $"• №{r.Id}: {Html.Text(Short(r.Subject))} — {Due(r, today)}"));

    public static string AnsweredList(IReadOnlyList<CurRequest> answered) => answered.Count == 0
        ? "📁 <b>Отправленные ответы ЦУР</b>\nПока ни одного."
        : "📁 <b>Отправленные ответы ЦУР</b>\nОткройте запрос, чтобы получить отправленный файл.";

    public static string ListButton(CurRequest request) => Short($"№{request.Id}: {request.Subject}");

    public static string Card(CurRequest request, DateOnly today, CurCardFacts facts) =>
        $"📨 <b>Запрос ЦУР №{request.Id}</b>\nЧто запрашивают: {Html.Text(request.Subject)}\n"
        + $"Срок ответа: {RegistryTexts.Date(request.DueDate)}" + (request.IsOpen ? $" ({Left(request, today)})" : "")
        + (facts.RecordedBy is null ? "" : $"\nЗаписано: {Html.Text(facts.RecordedBy)}")
        + (facts.AnsweredOn is { } answeredOn
            ? $"\n\n✅ Ответ отправлен {RegistryTexts.Date(answeredOn)}" + (facts.AnsweredBy is null ? "" : $": {Html.Text(facts.AnsweredBy)}")
            : facts.AnswerMadeOn is { } madeOn
                ? $"\n\nОтвет собран {RegistryTexts.Date(madeOn)}. Если реестр с тех пор изменился, соберите заново."
                : "\n\nНажмите «Собрать ответ»: бот сделает файл Excel из реестра. Проверьте его, отправьте в ЦУР и отметьте.");

    public static string Recorded(CurRequest request) =>
        $"✅ Записал запрос ЦУР №{request.Id}. Напомню о сроке {RegistryTexts.Date(request.DueDate)} заранее.";

    public static string AnswerCaption(CurRequest request) =>
        $"📎 Ответ на запрос ЦУР №{request.Id} из реестра аккаунтов. Проверьте его и отправьте в ЦУР.";

    public static string SentToCur(CurRequest request) =>
        $"Ответ администрации на запрос №{request.Id}: {request.Subject}";

    public static string Reminder(CurRequest request, DueReminder reminder)
    {
        var subject = $"запрос ЦУР №{request.Id}: «{Html.Text(Short(request.Subject))}»";
        return RegistryReminder.Words(reminder.DaysLeft) switch
        {
            DueWording.InDays => $"⏰ Через {Russian.Days(reminder.DaysLeft)} срок ответа на {subject}",
            DueWording.Tomorrow => $"⏰ Завтра срок ответа на {subject}",
            DueWording.Today => $"⏰ <b>Сегодня последний день</b> ответа на {subject}",
            _ => $"🔴 <b>Просрочен ответ</b> на {Russian.Days(-reminder.DaysLeft)}: {subject}, срок был {RegistryTexts.Day(request.DueDate)}",
        };
    }

    private static string Due(CurRequest request, DateOnly today) =>
        request.DueDate > today ? $"срок {RegistryTexts.Day(request.DueDate)}, {Left(request, today)}" : Left(request, today);

    private static string Left(CurRequest request, DateOnly today)
    {
        var left = request.DueDate.DayNumber - today.DayNumber;
        return left switch
        {
            > 0 => $"осталось {Russian.Days(left)}",
            0 => "срок сегодня",
            _ => $"🔴 просрочен на {Russian.Days(-left)}",
        };
    }

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..59] + "…";
    }
}

// What a request's card says besides the request: who recorded and answered it, and when.
internal sealed record CurCardFacts(string? RecordedBy, string? AnsweredBy, DateOnly? AnsweredOn, DateOnly? AnswerMadeOn);
