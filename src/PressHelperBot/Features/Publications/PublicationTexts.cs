using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Registry;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

internal static class PublicationTexts
{
    public const string MenuButton = "📣 Мы опубликовали";
    public const string NewsButton = "🆕 Новость не из плана";
    public const string DoneButton = "✅ Готово";
    public const string NoneButton = "❌ Это не наш аккаунт";
    public const string Done = "Хорошо, готово.";
    public const string PickItem = "📣 Что вышло? Выберите новость из контент-плана или «Новость не из плана».";
    public const string NoLink = "В сообщении нет ссылки. Пришлите адрес поста, например https://vk.com/wall-1_2";
    public const string SendLinksAsText = "Пришлите ссылки текстом, одним сообщением.";
    public const string NotAllowed = "Отмечать публикации могут сотрудники подразделений и организаций и пресс-служба.";
    public const string NotYourItem = "Это новость другого подразделения: отметить её публикацию могут его сотрудники и пресс-служба.";
    public const string FixAndResend = "Исправьте ссылку и пришлите её ещё раз или нажмите «Готово».";
    public const string PickFormat = "Какой это формат?";

    public const string NoAccounts =
        "В реестре нет ни одного действующего аккаунта, где вы можете отмечать публикации. Сначала сообщите о них: «🗂 Реестр аккаунтов» → «➕ Создан аккаунт».";

    public static string AskLinks(string? title, IReadOnlyList<Account> accounts) =>
        (title is null ? "🆕 Пришлите ссылки на новость" : $"📣 Пришлите ссылки на публикацию «{Html.Text(title)}»")
        + " — можно несколько одним сообщением, по одной на каждый аккаунт.\n\n"
        + "Аккаунты:\n" + string.Join('\n', accounts.Take(15).Select(a => $"• {RegistryTexts.AccountLine(a)} — {Html.Text(a.Link)}"))
        + (accounts.Count > 15 ? $"\n… и ещё {accounts.Count - 15}" : "")
        + "\n\n" + PublicationDate.Hint;

    public static string ItemButton(DateOnly date, string title, bool published) =>
        $"{new PlanDay(date, []).ShortName} {date:dd.MM} · {(published ? "✅ " : "")}{Short(title, 40)}";

    public static string Recorded(string? title, IReadOnlyList<(Publication Publication, Account Account)> recorded, PublicationFormat format) =>
        $"✅ Отмечено{(title is null ? "" : $" — «{Html.Text(title)}»")}: {Russian.Publications(recorded.Count)}, {recorded[0].Publication.PublishedOn:dd.MM.yyyy}\n"
        + string.Join('\n', recorded.Select(r => $"• {RegistryTexts.AccountLine(r.Account)} — {Html.Text(r.Publication.Url)}"))
        + $"\nФормат: {PublicationFormats.Russian(format)}";

    public static string FormatButton(PublicationFormat format) => $"🏷 Формат: {PublicationFormats.Russian(format)}";

    public static string FormatChanged(PublicationFormat format) => $"Формат: {PublicationFormats.Russian(format)}";

    public static string Problem(string link, string problem) => $"⚠️ {Html.Text(Short(link, 80))}\n{problem}";

    public static string AskAccount(PostLink post) =>
        $"❓ Ссылка {Html.Text(post.Url)}: в каком это аккаунте? В ссылке сообщество названо номером, а в реестре — коротким адресом, поэтому бот спрашивает один раз и дальше узнает такие ссылки сам.";

    public static string NotOurs(string link) =>
        $"Ссылка {Html.Text(link)} не отмечена: публикации отмечают только в аккаунтах из реестра.";

    public static string Deleted(Account account) =>
        $"Аккаунт {RegistryTexts.AccountLine(account)} удалён из реестра{(account.DeletedOn is { } day ? $" {day:dd.MM.yyyy}" : "")}: новые публикации в нём не отмечаются.";

    public static string NotYours(Account account, Department? department) =>
        $"Это аккаунт {RegistryTexts.AccountLine(account)}, в реестре он записан за {(department is null ? "другим подразделением" : Russian.Unit(department, Case.Instrumental))}. "
        + "Публикации в нём отмечают сотрудники, которые там работают, и пресс-служба.";

    public static string Foreign(PostLink post, IReadOnlyList<Account> yours) =>
        $"Ссылка ведёт на пост чужого сообщества или канала, а {(yours.Count == 1 ? "ваш аккаунт" : "ваши аккаунты")} в сети {SocialNetworks.Russian(post.Network)}: "
        + string.Join(", ", yours.Select(a => Html.Text(a.Link))) + ". Пришлите ссылку на пост оттуда.";

    public static string WrongNetwork(PostLink post, IReadOnlyList<Account> yours)
    {
        var where = post.Network == SocialNetwork.Other
            ? $"Ссылка ведёт на сайт {Html.Text(post.Host)}, а такого сайта среди ваших аккаунтов в реестре нет."
            : $"В реестре нет вашего аккаунта в сети {SocialNetworks.Russian(post.Network)}.";
        return yours.Count == 0
            ? where + " Сначала сообщите об аккаунте: «🗂 Реестр аккаунтов» → «➕ Создан аккаунт»."
            : where + " Ваши аккаунты: " + string.Join(", ", yours.Take(10).Select(RegistryTexts.AccountLine)) + ". Пришлите ссылку на пост в одном из них.";
    }

    public static string Duplicate(Publication existing, Account? account, string reporter) =>
        $"Эта публикация уже отмечена {existing.PublishedOn:dd.MM.yyyy}"
        + (account is null ? "" : $" в аккаунте {RegistryTexts.AccountLine(account)}") + $" (отметка: {Html.Text(reporter)}).";

    public static string SameAccountTwice(Account account, Publication existing) =>
        $"В аккаунте {RegistryTexts.AccountLine(account)} эта новость уже отмечена: {Html.Text(existing.Url)}. Другую новость отметьте отдельно.";

    public static string TellAuthorPublished(string title, IReadOnlyList<(Publication Publication, Account Account)> recorded) =>
        $"✅ Ваша новость «{Html.Text(title)}» опубликована:\n" + string.Join('\n', recorded.Select(r => $"• {RegistryTexts.AccountLine(r.Account)} — {Html.Text(r.Publication.Url)}"));

    public static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
