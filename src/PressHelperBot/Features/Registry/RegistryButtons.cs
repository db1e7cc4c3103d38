using PressHelperBot.Domain.Registry;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Every button of the registry. A press is checked again against the stored person, account, task or
// request: a forged or left-over button changes nothing.

// The registry menu, the registry in the chat and its files.
[Button("reg.home")]
internal sealed record RegistryHomeButton : IButton;

[Button("reg.view")]
internal sealed record RegistryViewButton(bool WithDeleted) : IButton;

public enum RegistryFile
{
    PublicXlsx = 1,
    PublicHtml = 2,
    InternalXlsx = 3,
}

[Button("reg.file")]
internal sealed record RegistryFileButton(RegistryFile File, bool WithDeleted) : IButton;

// The three reports (created, deleted, responsible changed) and the answers given by button.
[Button("regr.new")]
internal sealed record StartReportButton(ReportKind Kind) : IButton;

[Button("regr.dep")]
internal sealed record ReportDepartmentButton(int DepartmentId) : IButton;

[Button("regr.net")]
internal sealed record ReportNetworkButton(SocialNetwork Network) : IButton;

[Button("regr.acc")]
internal sealed record ReportAccountButton(int AccountId) : IButton;

[Button("regr.today")]
internal sealed record ReportTodayButton : IButton;

// ✅ Реестр обновлён on a registry task's card and reminders.
[Button("regt.done")]
internal sealed record CloseTaskButton(int TaskId) : IButton;

// The accounts' checklists: the list (AsNewMessage from the monthly reminder, so the reminder stays),
// one account's card, and its toggles.
[Button("regs.list")]
internal sealed record ChecklistListButton(bool AsNewMessage) : IButton;

[Button("regs.acc")]
internal sealed record AccountCardButton(int AccountId) : IButton;

[Button("regs.tog")]
internal sealed record ToggleSecurityButton(int AccountId, SecurityItem Item) : IButton;

[Button("regs.req")]
internal sealed record ToggleRequisiteButton(int AccountId, PageRequisite Item) : IButton;

// Access to one account: who holds the login, whose phone or e-mail it is bound to, 2FA, and
// "доступ сменён сегодня" (also on the cards and reminders of a «сменить доступ» task).
[Button("rega.card")]
internal sealed record AccessCardButton(int AccountId) : IButton;

[Button("rega.who")]
internal sealed record PickHolderButton(int AccountId) : IButton;

[Button("rega.person")]
internal sealed record HolderPersonButton(int AccountId, long PersonId) : IButton;

[Button("rega.pos")]
internal sealed record HolderPositionButton(int AccountId) : IButton;

[Button("rega.bind")]
internal sealed record BindingButton(int AccountId, BindingKind Kind) : IButton;

[Button("rega.2fa")]
internal sealed record TwoFactorButton(int AccountId) : IButton;

[Button("rega.changed")]
internal sealed record AccessChangedButton(int AccountId, bool FromCard) : IButton;

// Organisations exempt from keeping pages.
[Button("regx.list")]
internal sealed record ExemptionsButton : IButton;

[Button("regx.org")]
internal sealed record ExemptionCardButton(int DepartmentId) : IButton;

[Button("regx.set")]
internal sealed record ExemptButton(int DepartmentId) : IButton;

[Button("regx.end")]
internal sealed record EndExemptionButton(int DepartmentId) : IButton;

// ЦУР requests.
[Button("cur.list")]
internal sealed record CurRequestsButton(bool Answered) : IButton;

[Button("cur.new")]
internal sealed record NewCurRequestButton : IButton;

[Button("cur.open")]
internal sealed record CurRequestButton(int RequestId, bool AsNewMessage) : IButton;

[Button("cur.make")]
internal sealed record AssembleAnswerButton(int RequestId) : IButton;

[Button("cur.sent")]
internal sealed record AnswerSentButton(int RequestId) : IButton;

[Button("cur.file")]
internal sealed record AnswerFileButton(int RequestId) : IButton;

// «Госпаблики».
[Button("gp.list")]
internal sealed record GospublikiButton : IButton;

[Button("gp.new")]
internal sealed record NewGospublikiItemButton : IButton;

[Button("gp.acc")]
internal sealed record GospublikiAccountButton(int AccountId) : IButton;

[Button("gp.today")]
internal sealed record GospublikiTodayButton : IButton;

[Button("gp.conf")]
internal sealed record ConfirmGospublikiButton(int ItemId) : IButton;
