using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Audit;

// «🧾 Журнал изменений»: the period question, the entries of a period, and its Excel file. A period
// is two local dates, both included; any pair is fine to press, since the log is only read.
[Button("au")]
internal sealed record AuditMenuButton : IButton;

[Button("au.per")]
internal sealed record AuditPeriodButton(DateOnly From, DateOnly To) : IButton;

[Button("au.xls")]
internal sealed record AuditExcelButton(DateOnly From, DateOnly To) : IButton;
