using PressHelperBot.Configuration;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// Coordinators create invite links: pick a department, pick how many people, get the link; revoke it later.
internal sealed class InviteFeature(
    DepartmentRepository departments,
    InviteRepository invites,
    BotIdentity identity,
    AccessSettings settings,
    CalendarSettings calendar,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "inv";

    private static readonly int[] UseChoices = [1, 10, 50];

    public string Command => "invite";

    public string Feature => Name;

    public string? Description => "создать ссылку-приглашение";

    public Audience Audience => Audience.Deciders;

    public int Order => 10;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience.Deciders) != 0
            ? [Telegram.Buttons.Callback(OnboardingTexts.InviteButton, Name, "new"), Telegram.Buttons.Callback(OnboardingTexts.PendingButton, JoinDecision.Name, "list")]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, PickDepartmentText(), PickDepartmentKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "new":
                await notifier.SendAsync(context.ChatId, PickDepartmentText(), PickDepartmentKeyboard(), ct);
                return null;
            case "dep":
                var department = departments.Find(data.IntArg(0)) ?? throw new StaleButtonException();
                var choices = UseChoices.Select(n => Telegram.Buttons.Callback(UsesLabel(n), Name, "mk", department.Id, n));
                await notifier.ReplaceAsync(context, OnboardingTexts.InvitePickUses(department), Telegram.Buttons.Column(choices), ct);
                return null;
            case "mk":
                await CreateAsync(context, data.IntArg(0), data.IntArg(1), ct);
                return "Приглашение создано";
            case "rev":
                var invite = invites.Find(data.Arg(0)) ?? throw new StaleButtonException();
                invite.Revoke(context.Now);
                invites.Save(invite);
                await notifier.ReplaceAsync(context, OnboardingTexts.InviteRevoked, null, ct);
                return "Приглашение отозвано";
            default:
                throw new StaleButtonException();
        }
    }

    private async Task CreateAsync(BotContext context, int departmentId, int maxUses, CancellationToken ct)
    {
        var department = departments.Find(departmentId);
        if (department is null || !UseChoices.Contains(maxUses))
        {
            throw new StaleButtonException();
        }

        var invite = Invite.Issue(InviteCode.New(), department.Id, context.UserId, maxUses, settings.InviteLifetime, context.Now);
        invites.Add(invite);
        var link = await identity.DeepLinkAsync(invite.Code);
        var until = TimeZoneInfo.ConvertTime(invite.ExpiresAt, calendar.TimeZone).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var revoke = Telegram.Buttons.Column(Telegram.Buttons.Callback("🚫 Отозвать приглашение", Name, "rev", invite.Code));
        await notifier.ReplaceAsync(context, OnboardingTexts.InviteCreated(department, link, until, maxUses), revoke, ct);
    }

    private string PickDepartmentText() =>
        departments.All().Count == 0 ? OnboardingTexts.NoDepartmentsForInvite : OnboardingTexts.InvitePickDepartment;

    private InlineKeyboardMarkup? PickDepartmentKeyboard()
    {
        var all = departments.All();
        return all.Count == 0 ? null : Telegram.Buttons.Column(all.Select(d => Telegram.Buttons.Callback(d.Name, Name, "dep", d.Id)));
    }

    private static string UsesLabel(int uses) => uses == 1 ? "1 человек" : $"до {uses} человек";
}
