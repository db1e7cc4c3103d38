using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Material sent through «Госпаблики» (Amurzet 5.4, 6.5). A confirmation is the link to the post, which
// counts as the account's publication (GospublikiPublications).
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

    // The same post reported earlier through «📣 Мы опубликовали» is not counted a second time.
    public static string ConfirmedForStaff(GospublikiItem item, Account account, Publication publication) =>
        ConfirmedForStaff(item) + "\n"
        + (publication.Story == Publication.GospublikiStory(item.Id)
            ? $"Засчитана публикация в аккаунте {RegistryTexts.AccountLine(account)} от {RegistryTexts.Date(publication.PublishedOn)}."
            : $"Этот пост уже отмечен как публикация от {RegistryTexts.Date(publication.PublishedOn)} и засчитан один раз.");

    // The post is in another registered account than the one the material went to.
    public static string OtherAccount(GospublikiItem item, Account account, Account other) =>
        $"Это пост в аккаунте {RegistryTexts.AccountLine(other)}, а материал №{item.Id} направлен в аккаунт {RegistryTexts.AccountLine(account)}. "
        + $"Пришлите ссылку на пост оттуда: {Html.Text(account.Link)}";

    public static string OtherNetwork(GospublikiItem item, Account account, PostLink post) =>
        (post.Network == SocialNetwork.Other ? $"Ссылка ведёт на сайт {Html.Text(post.Host)}" : $"Ссылка ведёт в сеть {SocialNetworks.Russian(post.Network)}")
        + $", а материал №{item.Id} направлен в аккаунт {RegistryTexts.AccountLine(account)}. Пришлите ссылку на пост оттуда: {Html.Text(account.Link)}";

    public static string Reminder(GospublikiItem item, Account? account, DueReminder reminder) =>
        $"⏰ <b>Не подтверждено размещение</b> материала из «Госпабликов» {Title(item, account)}.\n"
        + $"Направлено {RegistryTexts.Date(item.SentOn)}, подтвердить нужно было до {RegistryTexts.Day(item.ConfirmBy)}"
        + $" (просрочено на {Russian.Days(-reminder.DaysLeft)}). Опубликуйте материал и пришлите ссылку.";
}
