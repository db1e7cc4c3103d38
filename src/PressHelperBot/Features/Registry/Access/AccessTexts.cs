using PressHelperBot.Domain.Registry;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// What the access card and its questions say. Whose phone or e-mail, never the number itself.
internal static class AccessTexts
{
    public const string CardButton = "🔑 Доступ к аккаунту";
    public const string HolderButton = "👤 У кого логин";
    public const string PhoneButton = "📱 Привязан к телефону…";
    public const string EmailButton = "📧 Привязан к почте…";
    public const string ChangedTodayButton = "✅ Доступ сменён сегодня";
    public const string PositionButton = "✍️ Указать должность";

    public const string WhatToChange =
        "Смените пароль, проверьте, к чьему телефону и почте привязан аккаунт, и нажмите «✅ Доступ сменён сегодня».";

    public const string AskPosition = "Напишите должность того, у кого логин, например «специалист по связям с общественностью».";
    public const string AskPhoneWhose = "Чей это телефон? Напишите словами, например «служебный телефон приёмной». Сам номер не пишите.";
    public const string AskEmailWhose = "Чья это почта? Напишите словами, например «общая почта школы». Сам адрес не пишите.";
    public const string TextExpected = "Пришлите ответ текстом.";
    public const string AccountGone = "Этого аккаунта больше нет среди действующих.";

    public static string PickHolder(Account account) =>
        $"👤 У кого логин от аккаунта {RegistryTexts.AccountLine(account)}? Выберите человека из бота или укажите должность.";

    public static string TwoFactorButton(bool on) => on ? "🔐 Двухфакторная включена ✅" : "🔓 Двухфакторная не включена ⬜️";

    public static string Card(Account account, RegistryTask? openTask) =>
        $"🔑 <b>Доступ к аккаунту</b>\n{RegistryTexts.AccountLine(account)}\n{Html.Text(account.Link)}\n\n"
        + $"Логин у кого: {Html.Text(InternalRegistry.Holder(account.Access.Holder))}\n"
        + $"Привязан к: {Html.Text(InternalRegistry.Binding(account.Access.Binding))}\n"
        + $"Двухфакторная аутентификация: {(account.Checklist.TwoFactor ? "включена" : "не включена")}\n"
        + $"Доступ сменён: {(account.Access.ChangedOn is { } on ? RegistryTexts.Date(on) : "не отмечено")}"
        + (openTask is null ? "" : $"\n\n🔑 Сменить доступ до {RegistryTexts.Day(openTask.DueDate)} (задача №{openTask.Id}): сменился ответственный.")
        + "\n\nПароли боту не присылайте: бот их не хранит.";

    public static string Changed(DateOnly on, int closedTasks) =>
        $"Отмечено: доступ сменён {RegistryTexts.Date(on)}." + (closedTasks > 0 ? " Задача закрыта." : "");
}
