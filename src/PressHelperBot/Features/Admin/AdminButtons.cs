using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Admin;

// The admin's buttons. Each press is checked again against what is stored: a department or a person
// gone since, or a role the button no longer fits, changes nothing. Toggles carry the state they set
// (Blocked, Member), so two admins pressing the same old button both get what it said.

// «🏢 Отделы»: the list of departments; also «⬅️ Назад» from a department or from a typed step.
[Button("dep.list")]
internal sealed record DepartmentListButton : IButton;

[Button("dep.new")]
internal sealed record NewDepartmentButton : IButton;

[Button("dep.kind")]
internal sealed record DepartmentKindButton(DepartmentKind Kind) : IButton;

// «Оставить N» at the quota step of a new department.
[Button("dep.q")]
internal sealed record DefaultQuotaButton : IButton;

[Button("dep.open")]
internal sealed record OpenDepartmentButton(int DepartmentId) : IButton;

[Button("dep.ren")]
internal sealed record RenameDepartmentButton(int DepartmentId) : IButton;

[Button("dep.setq")]
internal sealed record ChangeQuotaButton(int DepartmentId) : IButton;

[Button("dep.del")]
internal sealed record DeleteDepartmentButton(int DepartmentId) : IButton;

[Button("dep.delok")]
internal sealed record ConfirmDeleteDepartmentButton(int DepartmentId) : IButton;

// «👥 Люди»: the list; a person's card; a role; access; the departments a person belongs to.
[Button("ppl.list")]
internal sealed record PeopleListButton : IButton;

[Button("ppl.open")]
internal sealed record OpenPersonButton(long PersonId) : IButton;

[Button("ppl.role")]
internal sealed record ChangeRoleButton(long PersonId, Role Role) : IButton;

[Button("ppl.block")]
internal sealed record BlockButton(long PersonId, bool Blocked) : IButton;

[Button("ppl.deps")]
internal sealed record PersonDepartmentsButton(long PersonId) : IButton;

[Button("ppl.dep")]
internal sealed record MembershipButton(long PersonId, int DepartmentId, bool Member) : IButton;

// «⚠️ Не прочитано ботом» and its clearing.
[Button("prk.list")]
internal sealed record ParkedListButton : IButton;

[Button("prk.clear")]
internal sealed record ClearParkedButton : IButton;
