using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Material sent through «Госпаблики» (Amurzet 5.4, 6.5). Until publications are facts of their own
// (issue 13), a confirmation is the link to the post, recorded on the item.
internal static class GospublikiTexts
{
    public const string NewButton = "➕ Направлено через «Госпаблики»";
    public const string ConfirmButton = "🔗 Опубликовано — прислать ссылку";
    public const string TodayButton = "Сегодня";

    public const string NoConnected =
        "Ни один действующий аккаунт не отмечен как подключённый к «Госпабликам». Отметьте подключение в разделе «Безопасность и реквизиты».";
    public const string PickAccount = "📣 В какой аккаунт направлен материал через «Госпаблики»?";
    public const string AskWhat = "Что направлено? Напишите тему или заголовок материала.";
    public const string AskDate = "Когда направлено? Нажмите «Сегодня» или напишите дату, например 25.11.2026.";
    public const string AskLink = "Пришлите ссылку на публикацию в аккаунте.";
    public const string TextExpected = "Пришлите ответ текстом.";
    public const string Gone = "Этого материала или аккаунта больше нет.";

    public static string Title(GospublikiItem item, Account? account) =>
        $"№{item.Id} {(account is null ? "аккаунт" : RegistryTexts.AccountLine(account))}: «{Html.Text(item.What)}»";

    public static string List(IReadOnlyList<(GospublikiItem Item, Account? Account)> waiting, bool decider) =>
        "📣 <b>Госпаблики</b>\nМатериалы, направленные через «Госпаблики», организация публикует и подтверждает ссылкой "
        + $"не позднее чем через {GospublikiItem.ConfirmWorkingDays} рабочих дня (Амурзет, пункты 5.4 и 6.5).\n\n"
        + (waiting.Count == 0
            ? "Неподтверждённых материалов нет."
            : "Ждут подтверждения:\n" + string.Join('\n', waiting.Select(w =>
                $"• {Title(w.Item, w.Account)} — направлено {RegistryTexts.Day(w.Item.SentOn)}, подтвердить до {RegistryTexts.Day(w.Item.ConfirmBy)}")))
        + (decider ? "" : "\n\nНажмите кнопку материала, когда он опубликован, и пришлите ссылку.");

    public static string ConfirmLabel(GospublikiItem item) => $"🔗 Подтвердить №{item.Id}";

    public static string Sent(GospublikiItem item, Account account) =>
        $"📣 <b>Через «Госпаблики» направлен материал</b> для аккаунта {RegistryTexts.AccountLine(account)}: «{Html.Text(item.What)}».\n"
        + $"Опубликуйте его и подтвердите ссылкой до {RegistryTexts.Date(item.ConfirmBy)} (№{item.Id}).";

    public static string Recorded(GospublikiItem item) =>
        $"✅ Записал материал №{item.Id}. Организация подтвердит публикацию ссылкой до {RegistryTexts.Date(item.ConfirmBy)}; если нет, напомню.";

    public static string Confirmed(GospublikiItem item, Account account, string by) =>
        $"✅ <b>Размещено</b> из «Госпабликов»: {Title(item, account)}\n{Html.Text(item.Link)}\nКто подтвердил: {Html.Text(by)}";

    public static string ConfirmedForStaff(GospublikiItem item) => $"✅ Спасибо! Размещение материала №{item.Id} подтверждено: {Html.Text(item.Link)}";

    public static string Reminder(GospublikiItem item, Account? account, DueReminder reminder) =>
        $"⏰ <b>Не подтверждено размещение</b> материала из «Госпабликов» {Title(item, account)}.\n"
        + $"Направлено {RegistryTexts.Date(item.SentOn)}, подтвердить нужно было до {RegistryTexts.Day(item.ConfirmBy)}"
        + $" (просрочено на {Russian.Days(-reminder.DaysLeft)}). Опубликуйте материал и пришлите ссылку.";
}
