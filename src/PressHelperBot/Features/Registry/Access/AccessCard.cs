using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// "🔑 Доступ к аккаунту": who holds the login (a person in the bot or a position), whose phone or e-mail
// the account is bound to, 2FA, when access last changed, and the open «сменить доступ» task. Staff
// change their own departments' accounts, coordinators any; observers only look. Passwords never.
internal sealed class AccessCard(
    RegistryAccess access,
    AccountRepository accounts,
    RegistryTaskRepository tasks,
    PeopleRepository people,
    ChangeAccess change,
    ConversationStore conversations,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : IButtonHandler<AccessCardButton>,
        IButtonHandler<PickHolderButton>,
        IButtonHandler<HolderPersonButton>,
        IButtonHandler<HolderPositionButton>,
        IButtonHandler<BindingButton>,
        IButtonHandler<TwoFactorButton>,
        IButtonHandler<AccessChangedButton>
{
    public const string Name = "rega";
    public const string AccountKey = "acc";
    public const string PositionStep = "pos";
    public const string PhoneStep = "phone";
    public const string EmailStep = "email";

    // People offered as holders; more would not fit a screen and are rare in one department.
    private const int MaxPeople = 30;

    public Audience Audience => Audience.Registered;

    public async Task<string?> HandleAsync(BotContext context, AccessCardButton button, CancellationToken ct)
    {
        var account = Visible(context, button.AccountId);
        await ShowAsync(context, account, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, PickHolderButton button, CancellationToken ct)
    {
        var account = Changeable(context, button.AccountId);
        var candidates = people.InDepartment(account.DepartmentId).Where(p => p.Role == Role.Staff)
            .Concat(people.Coordinators())
            .Where(p => !p.IsBlocked)
            .DistinctBy(p => p.Id)
            .Take(MaxPeople)
            .Select(p => ButtonCodec.Button(p.Name, new HolderPersonButton(account.Id, p.Id)))
            .Append(ButtonCodec.Button(AccessTexts.PositionButton, new HolderPositionButton(account.Id)))
            .Append(ButtonCodec.Button(RegistryTexts.BackButton, new AccessCardButton(account.Id)));
        await notifier.ReplaceAsync(context, AccessTexts.PickHolder(account), Telegram.Buttons.Column(candidates), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, HolderPersonButton button, CancellationToken ct)
    {
        Changeable(context, button.AccountId);
        var person = people.Find(button.PersonId) is { IsBlocked: false } found ? found : throw new StaleButtonException();
        var problem = change.Holder(button.AccountId, LoginHolder.Person(person.Id, person.Name), context.UserId, context.DisplayName, context.Now);
        await ShowAsync(context, Visible(context, button.AccountId), ct);
        return problem ?? "Записано";
    }

    public Task<string?> HandleAsync(BotContext context, HolderPositionButton button, CancellationToken ct) =>
        AskAsync(context, button.AccountId, PositionStep, AccessTexts.AskPosition, ct);

    public Task<string?> HandleAsync(BotContext context, BindingButton button, CancellationToken ct) => button.Kind switch
    {
        BindingKind.Phone => AskAsync(context, button.AccountId, PhoneStep, AccessTexts.AskPhoneWhose, ct),
        BindingKind.Email => AskAsync(context, button.AccountId, EmailStep, AccessTexts.AskEmailWhose, ct),
        _ => throw new StaleButtonException(),
    };

    public async Task<string?> HandleAsync(BotContext context, TwoFactorButton button, CancellationToken ct)
    {
        Changeable(context, button.AccountId);
        var problem = change.ToggleTwoFactor(button.AccountId, context.UserId, context.DisplayName, context.Now);
        await ShowAsync(context, Visible(context, button.AccountId), ct);
        return problem ?? "Записано";
    }

    // On the access card the card is shown again; on a task's card or reminder the answer pops up and
    // the closing updates every card of the task.
    public async Task<string?> HandleAsync(BotContext context, AccessChangedButton button, CancellationToken ct)
    {
        Changeable(context, button.AccountId);
        var (closed, problem) = change.ChangedToday(button.AccountId, context.UserId, context.DisplayName, context.Now);
        if (button.FromCard)
        {
            await ShowAsync(context, Visible(context, button.AccountId), ct);
        }
        return problem ?? AccessTexts.Changed(calendar.Today(context.Now), closed);
    }

    public static InlineKeyboardMarkup CardKeyboard(Account account, bool mayChange)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (mayChange)
        {
            buttons.Add(ButtonCodec.Button(AccessTexts.HolderButton, new PickHolderButton(account.Id)));
            buttons.Add(ButtonCodec.Button(AccessTexts.PhoneButton, new BindingButton(account.Id, BindingKind.Phone)));
            buttons.Add(ButtonCodec.Button(AccessTexts.EmailButton, new BindingButton(account.Id, BindingKind.Email)));
            buttons.Add(ButtonCodec.Button(AccessTexts.TwoFactorButton(account.Checklist.TwoFactor), new TwoFactorButton(account.Id)));
            buttons.Add(ButtonCodec.Button(AccessTexts.ChangedTodayButton, new AccessChangedButton(account.Id, FromCard: true)));
        }
        buttons.Add(ButtonCodec.Button(RegistryTexts.BackButton, new AccountCardButton(account.Id)));
        return Telegram.Buttons.Column(buttons);
    }

    public async Task ShowAsync(BotContext context, Account account, CancellationToken ct)
    {
        var open = tasks.OfAccount(account.Id).FirstOrDefault(t => t.Kind == RegistryTaskKind.AccessChange && !t.IsClosed);
        var keyboard = CardKeyboard(account, access.MayReport(context, account.DepartmentId) && account.IsActive);
        if (context.Callback is null)
        {
            await notifier.SendAsync(context.ChatId, AccessTexts.Card(account, open), keyboard, ct);
        }
        else
        {
            await notifier.ReplaceAsync(context, AccessTexts.Card(account, open), keyboard, ct);
        }
    }

    private async Task<string?> AskAsync(BotContext context, int accountId, string step, string question, CancellationToken ct)
    {
        var account = Changeable(context, accountId);
        conversations.Begin(context.UserId, Name, step, new() { [AccountKey] = account.Id.ToString(CultureInfo.InvariantCulture) });
        await notifier.SendAsync(context.ChatId, question, Telegram.Buttons.Column(CancelFeature.Button()), ct);
        return null;
    }

    private Account Visible(BotContext context, int accountId) =>
        accounts.Find(accountId) is { } account && access.MaySee(context.Person, account.DepartmentId) ? account : throw new StaleButtonException();

    private Account Changeable(BotContext context, int accountId)
    {
        var account = Visible(context, accountId);
        return access.MayReport(context, account.DepartmentId) && account.IsActive ? account : throw new StaleButtonException();
    }
}
