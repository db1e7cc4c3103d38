using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Start;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

internal static class DepartmentKeyboards
{
    // The list is a sub-menu of the main menu: «⬅️ Назад» goes back to it.
    public static InlineKeyboardMarkup List(IEnumerable<Department> departments) => Telegram.Buttons.Grid(
        departments.Select(d => ButtonCodec.Button(d.Name, new OpenDepartmentButton(d.Id))),
        ButtonCodec.Button(AdminTexts.AddDepartmentButton, new NewDepartmentButton()),
        MainMenu.Back());

    public static InlineKeyboardMarkup CardKeyboard(Department department) => Telegram.Buttons.Grid(
        [
            ButtonCodec.Button(AdminTexts.RenameButton, new RenameDepartmentButton(department.Id)),
            ButtonCodec.Button(AdminTexts.ChangeQuotaButton, new ChangeQuotaButton(department.Id)),
            ButtonCodec.Button(AdminTexts.DeleteButton, new DeleteDepartmentButton(department.Id)),
        ],
        BackToList());

    public static InlineKeyboardMarkup ConfirmDelete(Department department) => new(new[]
    {
        new[]
        {
            ButtonCodec.Button(AdminTexts.ConfirmDeleteButton, new ConfirmDeleteDepartmentButton(department.Id)),
            ButtonCodec.Button(AdminTexts.KeepButton, new OpenDepartmentButton(department.Id)),
        },
    });

    public static InlineKeyboardMarkup AfterDelete() => Telegram.Buttons.Column(BackToList());

    public static InlineKeyboardMarkup KindKeyboard() => Keyboard(
        ButtonCodec.Button(AdminTexts.KindAdministration, new DepartmentKindButton(DepartmentKind.AdministrationDepartment)),
        ButtonCodec.Button(AdminTexts.KindSubordinate, new DepartmentKindButton(DepartmentKind.SubordinateOrganisation)));

    public static InlineKeyboardMarkup DefaultQuota(int quota) => Keyboard(ButtonCodec.Button(AdminTexts.KeepDefault(quota), new DefaultQuotaButton()));

    // A typed step opened from the list or a card: «⬅️ Назад» leaves it for where it was opened.
    public static InlineKeyboardMarkup BackToListOnly() => Telegram.Buttons.Column(BackToList());

    public static InlineKeyboardMarkup BackToCardOnly(Department department) =>
        Telegram.Buttons.Column(ButtonCodec.Button(AdminTexts.BackButton, new OpenDepartmentButton(department.Id)));

    public static InlineKeyboardMarkup Keyboard(params InlineKeyboardButton[] buttons) =>
        Telegram.Buttons.Column(buttons.Append(CancelFeature.Button()));

    public static InlineKeyboardMarkup CancelOnly() => Keyboard();

    private static InlineKeyboardButton BackToList() => ButtonCodec.Button(AdminTexts.BackButton, new DepartmentListButton());
}
