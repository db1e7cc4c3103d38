using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// «🔗 Пригласить»: whom to invite (a department's staff, or for admins a coordinator or an observer);
// also «⬅️ Назад» from the choice of how many people.
[Button("inv")]
internal sealed record InviteMenuButton : IButton;

[Button("inv.dep")]
internal sealed record InviteDepartmentButton(int DepartmentId) : IButton;

[Button("inv.mk")]
internal sealed record IssueInviteButton(int DepartmentId, int MaxUses) : IButton;

// A coordinator's or an observer's invite; admins only (checked again by IssueInvite).
[Button("inv.role")]
internal sealed record IssueRoleInviteButton(Role Role) : IButton;

[Button("inv.rev")]
internal sealed record RevokeInviteButton(string Code) : IButton;

// A guest's «📝 Подать заявку», and the department they pick.
[Button("join")]
internal sealed record AskToJoinButton : IButton;

[Button("join.dep")]
internal sealed record JoinDepartmentButton(int DepartmentId) : IButton;

// «📋 Заявки» and the decision on one request's card.
[Button("jr.list")]
internal sealed record JoinRequestsButton : IButton;

[Button("jr")]
internal sealed record DecideJoinButton(int RequestId, bool Approve) : IButton;
