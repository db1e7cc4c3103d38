using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// The security checklist of each account (Amurzet 5.2-5.4, Zhatay 3.5) with a toggle button per item.
// Staff toggle their own departments' accounts, coordinators any; observers only look.
internal sealed class ChecklistFeature(
    RegistryAccess access,
    AccountRepository accounts,
    DepartmentRepository departments,
    IChatNotifier notifier) : ICallbackHandler
{
    public const string Name = "regs";

    public string Feature => Name;

    public Audience Audience => Audience.Registered;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "list":
                await ListAsync(context, keepPressed: data.Args.Count > 0, ct);
                return null;
            case "acc":
                var account = Visible(context, data.IntArg(0));
                await notifier.ReplaceAsync(context, CardText(account), CardKeyboard(context, account), ct);
                return null;
            case "tog":
                return await ToggleAsync(context, data, ct);
            default:
                throw new StaleButtonException();
        }
    }

    public static string ListText(int withGaps) => withGaps == 0
        ? "🛡 <b>Безопасность аккаунтов</b>\nУ всех аккаунтов всё отмечено. Откройте аккаунт, чтобы проверить пункты."
        : $"🛡 <b>Безопасность аккаунтов</b>\nНе всё отмечено у {withGaps} {Russian.Plural(withGaps, "аккаунта", "аккаунтов", "аккаунтов")}. Откройте аккаунт и отметьте, что уже сделано.";

    // From the monthly reminder the list comes as a new message, so the reminder stays readable.
    public static InlineKeyboardButton OpenButton(bool fromReminder) => fromReminder
        ? Buttons.Callback(RegistryTexts.ChecklistButton, Name, "list", "n")
        : Buttons.Callback(RegistryTexts.ChecklistButton, Name, "list");

    private async Task ListAsync(BotContext context, bool keepPressed, CancellationToken ct)
    {
        var active = access.Visible(context.Person).SelectMany(d => accounts.ActiveIn(d.Id)).ToList();
        if (active.Count == 0)
        {
            await notifier.ReplaceAsync(context, "В реестре пока нет действующих аккаунтов.", Back(), ct);
            return;
        }
        var buttons = active
            .OrderBy(a => a.Checklist.IsComplete)
            .Select(a => Buttons.Callback(Short($"{(a.Checklist.IsComplete ? "✅" : "⚠️")} {a.NetworkName}: {a.Name}"), Name, "acc", a.Id))
            .Append(Buttons.Callback(RegistryTexts.BackButton, RegistryMenu.Name, "home"));
        var text = ListText(active.Count(a => !a.Checklist.IsComplete));
        if (keepPressed)
        {
            await notifier.SendAsync(context.ChatId, text, Buttons.Column(buttons), ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, text, Buttons.Column(buttons), ct);
        }
    }

    private async Task<string?> ToggleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        var account = Visible(context, data.IntArg(0));
        if (!access.MayReport(context, account.DepartmentId) || !account.IsActive)
        {
            return "Отмечать может сотрудник этого отдела или организации, а также координатор.";
        }
        var item = Enum.TryParse<SecurityItem>(data.Arg(1), out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new StaleButtonException();
        account.UpdateChecklist(account.Checklist.Toggle(item));
        accounts.SaveChecklist(account.Id, account.Checklist);
        await notifier.ReplaceAsync(context, CardText(account), CardKeyboard(context, account), ct);
        return account.Checklist.IsDone(item) ? "Отмечено" : "Отметка снята";
    }

    private Account Visible(BotContext context, int accountId) =>
        accounts.Find(accountId) is { } account && access.MaySee(context.Person, account.DepartmentId)
            ? account
            : throw new StaleButtonException();

    private string CardText(Account account)
    {
        var items = SecurityChecklist.Items.Select(i => $"{(account.Checklist.IsDone(i) ? "✅" : "⬜️")} {SecurityChecklist.Label(i)}");
        return $"🛡 <b>Безопасность аккаунта</b>\n{RegistryTexts.AccountDetails(account, departments.Find(account.DepartmentId))}\n\n"
            + string.Join('\n', items) + "\n\nПароли сюда не пишите: бот их не хранит.";
    }

    private InlineKeyboardMarkup CardKeyboard(BotContext context, Account account)
    {
        var toggles = access.MayReport(context, account.DepartmentId) && account.IsActive
            ? SecurityChecklist.Items.Select(i => Buttons.Callback(
                $"{(account.Checklist.IsDone(i) ? "✅" : "⬜️")} {SecurityChecklist.Label(i)}", Name, "tog", account.Id, i))
            : [];
        return Buttons.Column(toggles.Append(Buttons.Callback(RegistryTexts.BackButton, Name, "list")));
    }

    private static InlineKeyboardMarkup Back() => Buttons.Column(Buttons.Callback(RegistryTexts.BackButton, RegistryMenu.Name, "home"));

    private static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
