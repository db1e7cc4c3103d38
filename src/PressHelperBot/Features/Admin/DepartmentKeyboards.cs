using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

internal static class DepartmentKeyboards
{
    private const string Name = DepartmentsAdmin.Name;

    public static InlineKeyboardMarkup List(IEnumerable<Department> departments) => Telegram.Buttons.Column(
        departments.Select(d => Telegram.Buttons.Callback(d.Name, Name, "open", d.Id))
            .Append(Telegram.Buttons.Callback(AdminTexts.AddDepartmentButton, Name, "new")));

    public static InlineKeyboardMarkup CardKeyboard(Department department) => Telegram.Buttons.Column(
        Telegram.Buttons.Callback("✏️ Переименовать", Name, "ren", department.Id),
        Telegram.Buttons.Callback("🔢 Изменить норму", Name, "setq", department.Id),
        Telegram.Buttons.Callback("🗑 Удалить", Name, "del", department.Id),
        Telegram.Buttons.Callback(AdminTexts.BackToDepartments, Name, "list"));

    public static InlineKeyboardMarkup KindKeyboard() => Keyboard(
        Telegram.Buttons.Callback(AdminTexts.KindAdministration, Name, "kind", "a"),
        Telegram.Buttons.Callback(AdminTexts.KindSubordinate, Name, "kind", "s"));

    public static InlineKeyboardMarkup Keyboard(params InlineKeyboardButton[] buttons) =>
        Telegram.Buttons.Column(buttons.Append(CancelFeature.Button()));

    public static InlineKeyboardMarkup CancelOnly() => Keyboard();
}
