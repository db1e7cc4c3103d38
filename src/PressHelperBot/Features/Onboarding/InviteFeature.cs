using System.Globalization;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// «🔗 Пригласить» and /invite: whom to invite, how many people (for a department), the link; revoke it
// later. From the main menu each step takes the menu's place; the link itself stays in the chat (it is
// forwarded from there), with «🏠 Главное меню» under it.
internal sealed class InviteFeature(
    DepartmentRepository departments,
    IssueInvite issue,
    BotIdentity identity,
    CalendarSettings calendar,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor, IButtonHandler<InviteMenuButton>, IButtonHandler<InviteDepartmentButton>,
        IButtonHandler<IssueInviteButton>, IButtonHandler<IssueRoleInviteButton>, IButtonHandler<RevokeInviteButton>
{
    public string Command => "invite";

    public string? Description => "создать ссылку-приглашение";

    public Audience Audience => Audience.Deciders;

    public int Order => 10;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience.Deciders) != 0
            ?
            [
                ButtonCodec.Button(OnboardingTexts.InviteButton, new InviteMenuButton()),
                ButtonCodec.Button(OnboardingTexts.PendingButton, new JoinRequestsButton()),
            ]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, MenuText(context), MenuKeyboard(context), ct);

    public async Task<string?> HandleAsync(BotContext context, InviteMenuButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, MenuText(context), MenuKeyboard(context), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, InviteDepartmentButton button, CancellationToken ct)
    {
        var department = departments.Find(button.DepartmentId) ?? throw new StaleButtonException();
        var choices = IssueInvite.UseChoices.Select(n => ButtonCodec.Button(UsesLabel(n), new IssueInviteButton(department.Id, n)));
        await notifier.ReplaceAsync(context, OnboardingTexts.InvitePickUses(department), Telegram.Buttons.Grid(choices, Back()), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, IssueInviteButton button, CancellationToken ct)
    {
        var (invite, department) = issue.ForDepartment(button.DepartmentId, button.MaxUses, Actor.Of(context), context.Now);
        var link = await identity.DeepLinkAsync(invite.Code);
        await notifier.ReplaceAsync(context, OnboardingTexts.InviteCreated(department, link, Until(invite), invite.MaxUses), Created(invite), ct);
        return "Приглашение создано";
    }

    public async Task<string?> HandleAsync(BotContext context, IssueRoleInviteButton button, CancellationToken ct)
    {
        if (context.Audience != Audience.Admin || issue.ForRole(button.Role, Actor.Of(context), context.Now) is not { } invite)
        {
            return OnboardingTexts.RoleInvitesForAdmins;
        }

        var link = await identity.DeepLinkAsync(invite.Code);
        await notifier.ReplaceAsync(context, OnboardingTexts.RoleInviteCreated(invite.Role, link, Until(invite)), Created(invite), ct);
        return "Приглашение создано";
    }

    public async Task<string?> HandleAsync(BotContext context, RevokeInviteButton button, CancellationToken ct)
    {
        var revoked = issue.Revoke(button.Code, Actor.Of(context), context.Now);
        await notifier.ReplaceAsync(context, OnboardingTexts.InviteRevoked, Telegram.Buttons.Column(MainMenu.Home()), ct);
        return revoked ? "Приглашение отозвано" : null;
    }

    private static InlineKeyboardMarkup Created(Invite invite) => Telegram.Buttons.Column(
        ButtonCodec.Button("🚫 Отозвать приглашение", new RevokeInviteButton(invite.Code)),
        MainMenu.Home());

    private string Until(Invite invite) =>
        TimeZoneInfo.ConvertTime(invite.ExpiresAt, calendar.TimeZone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private string MenuText(BotContext context)
    {
        var none = departments.All().Count == 0;
        return context.Audience == Audience.Admin
            ? none ? OnboardingTexts.InviteWhomNoDepartments : OnboardingTexts.InviteWhom
            : none ? OnboardingTexts.NoDepartmentsForInvite : OnboardingTexts.InvitePickDepartment;
    }

    // Departments first (the everyday invite), then for admins the press service's own roles.
    private InlineKeyboardMarkup MenuKeyboard(BotContext context)
    {
        var buttons = departments.All().Select(d => ButtonCodec.Button(d.Name, new InviteDepartmentButton(d.Id))).ToList();
        var rows = Telegram.Buttons.GridRows(buttons);
        if (context.Audience == Audience.Admin)
        {
            rows.Add(
            [
                ButtonCodec.Button(OnboardingTexts.CoordinatorInviteButton, new IssueRoleInviteButton(Role.Coordinator)),
                ButtonCodec.Button(OnboardingTexts.ObserverInviteButton, new IssueRoleInviteButton(Role.Observer)),
            ]);
        }

        rows.Add([MainMenu.Back()]);
        return new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton Back() => ButtonCodec.Button(OnboardingTexts.BackButton, new InviteMenuButton());

    private static string UsesLabel(int uses) => uses == 1 ? "1 человек" : $"до {uses} человек";
}
