using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// Each account's card: the security checklist (Amurzet 5.2, 5.4, Zhatay 3.5) and the page's
// requisites (PageRequisites, clause by clause), a toggle button per item, and the way to its access
// card. Staff toggle their own departments' accounts, coordinators any; observers only look.
internal sealed class ChecklistFeature(
    RegistryAccess access,
    AccountRepository accounts,
    DepartmentRepository departments,
    RegistryAudit audit,
    IChatNotifier notifier)
    : IButtonHandler<ChecklistListButton>, IButtonHandler<AccountCardButton>, IButtonHandler<ToggleSecurityButton>, IButtonHandler<ToggleRequisiteButton>
{
    public Audience Audience => Audience.Registered;

    // From the monthly reminder the list comes as a new message, so the reminder stays readable.
    public static InlineKeyboardButton OpenButton(bool fromReminder) =>
        ButtonCodec.Button(RegistryTexts.ChecklistButton, new ChecklistListButton(fromReminder));

    public static string ListText(int withGaps) => withGaps == 0
        ? "🛡 <b>Безопасность и реквизиты</b>\nУ всех аккаунтов всё отмечено. Откройте аккаунт, чтобы проверить пункты."
        : $"🛡 <b>Безопасность и реквизиты</b>\nНе всё отмечено у {withGaps} {Russian.Plural(withGaps, "аккаунта", "аккаунтов", "аккаунтов")}. Откройте аккаунт и отметьте, что уже сделано.";

    public async Task<string?> HandleAsync(BotContext context, ChecklistListButton button, CancellationToken ct)
    {
        var active = access.Visible(context.Person).SelectMany(d => accounts.ActiveIn(d.Id)).ToList();
        if (active.Count == 0)
        {
            await notifier.ReplaceAsync(context, "В реестре пока нет действующих аккаунтов.", Telegram.Buttons.Column(RegistryMenu.HomeButton()), ct);
            return null;
        }
        var buttons = active
            .OrderBy(IsComplete)
            .Select(a => ButtonCodec.Button(Short($"{(IsComplete(a) ? "✅" : "⚠️")} {a.NetworkName}: {a.Name}"), new AccountCardButton(a.Id)))
            .Append(RegistryMenu.HomeButton());
        var text = ListText(active.Count(a => !IsComplete(a)));
        if (button.AsNewMessage)
        {
            await notifier.SendAsync(context.ChatId, text, Telegram.Buttons.Column(buttons), ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, text, Telegram.Buttons.Column(buttons), ct);
        }
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AccountCardButton button, CancellationToken ct)
    {
        var account = Visible(context, accounts.Find(button.AccountId));
        await notifier.ReplaceAsync(context, CardText(account), CardKeyboard(context, account), ct);
        return null;
    }

    public Task<string?> HandleAsync(BotContext context, ToggleSecurityButton button, CancellationToken ct) =>
        ToggleAsync(context, button.AccountId, Enum.IsDefined(button.Item), account =>
        {
            account.UpdateChecklist(account.Checklist.Toggle(button.Item));
            return (SecurityChecklist.Label(button.Item), account.Checklist.IsDone(button.Item));
        }, ct);

    public Task<string?> HandleAsync(BotContext context, ToggleRequisiteButton button, CancellationToken ct) =>
        ToggleAsync(context, button.AccountId, Enum.IsDefined(button.Item), account =>
        {
            account.UpdateRequisites(account.Requisites.Toggle(button.Item));
            return ("на странице: " + PageRequisites.Label(button.Item), account.Requisites.IsDone(button.Item));
        }, ct);

    public static bool IsComplete(Account account) => account.Checklist.IsComplete && account.Requisites.IsComplete;

    private async Task<string?> ToggleAsync(BotContext context, int accountId, bool known, Func<Account, (string What, bool Done)> toggle, CancellationToken ct)
    {
        var account = Visible(context, known ? accounts.FindForUpdate(accountId) : null);
        if (!access.MayReport(context, account.DepartmentId) || !account.IsActive)
        {
            return "Отмечать может сотрудник этого отдела или организации, а также координатор.";
        }
        var (what, done) = toggle(account);
        if (!accounts.TrySaveWhileActive(account))
        {
            throw new StaleButtonException();
        }
        audit.Record(context.UserId, context.DisplayName, context.Now, RegistryAudit.Subject(account, what), done ? "нет" : "есть", done ? "есть" : "нет");
        await notifier.ReplaceAsync(context, CardText(account), CardKeyboard(context, account), ct);
        return done ? "Отмечено" : "Отметка снята";
    }

    private Account Visible(BotContext context, Account? account) =>
        account is not null && access.MaySee(context.Person, account.DepartmentId) ? account : throw new StaleButtonException();

    private string CardText(Account account)
    {
        var security = SecurityChecklist.Items.Select(i => $"{Box(account.Checklist.IsDone(i))} {SecurityChecklist.Label(i)}");
        var requisites = PageRequisites.Items.Select(i => $"{Box(account.Requisites.IsDone(i))} {PageRequisites.Label(i)}");
        return $"🛡 <b>Безопасность и реквизиты аккаунта</b>\n{RegistryTexts.AccountDetails(account, departments.Find(account.DepartmentId))}\n\n"
            + "<b>Безопасность</b>\n" + string.Join('\n', security) + "\n\n"
            + "<b>Что есть на странице</b>\n" + string.Join('\n', requisites) + "\n\n"
            + RegistryTexts.RequisitesSources + "\n\nПароли сюда не пишите: бот их не хранит.";
    }

    private InlineKeyboardMarkup CardKeyboard(BotContext context, Account account)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (access.MayReport(context, account.DepartmentId) && account.IsActive)
        {
            buttons.AddRange(SecurityChecklist.Items.Select(i =>
                ButtonCodec.Button($"{Box(account.Checklist.IsDone(i))} {SecurityChecklist.Label(i)}", new ToggleSecurityButton(account.Id, i))));
            buttons.AddRange(PageRequisites.Items.Select(i =>
                ButtonCodec.Button($"{Box(account.Requisites.IsDone(i))} {PageRequisites.Label(i)}", new ToggleRequisiteButton(account.Id, i))));
        }
        buttons.Add(ButtonCodec.Button(AccessTexts.CardButton, new AccessCardButton(account.Id)));
        buttons.Add(ButtonCodec.Button(RegistryTexts.BackButton, new ChecklistListButton(false)));
        return Telegram.Buttons.Column(buttons);
    }

    private static string Box(bool done) => done ? "✅" : "⬜️";

    private static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
