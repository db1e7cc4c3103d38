using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// Admins create, rename, re-quota and delete departments, all with buttons; names and numbers are typed
// (DepartmentConversation). From the main menu the list, a department and the typed steps' questions all
// take the place of the menu's message, and «⬅️ Назад» walks back up to the menu.
internal sealed class DepartmentsAdmin(
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    DepartmentConversation typed,
    DepartmentChanges changes,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
        IButtonHandler<DepartmentListButton>, IButtonHandler<NewDepartmentButton>, IButtonHandler<DepartmentKindButton>,
        IButtonHandler<DefaultQuotaButton>, IButtonHandler<OpenDepartmentButton>, IButtonHandler<RenameDepartmentButton>,
        IButtonHandler<ChangeQuotaButton>, IButtonHandler<DeleteDepartmentButton>, IButtonHandler<ConfirmDeleteDepartmentButton>
{
    // The admin's conversation while typing a department's name or quota.
    public const string Name = "dep";

    public string Command => "departments";

    public string? Description => "отделы и организации";

    public Audience Audience => Audience.Admin;

    public int Order => 50;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin ? [ButtonCodec.Button(AdminTexts.DepartmentsButton, new DepartmentListButton())] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(), ListKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, DepartmentListButton button, CancellationToken ct)
    {
        LeaveTypedStep(context);
        await notifier.ReplaceAsync(context, ListText(), ListKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, NewDepartmentButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, DepartmentConversation.NameStep);
        await notifier.ReplaceAsync(context, AdminTexts.AskName, DepartmentKeyboards.BackToListOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DepartmentKindButton button, CancellationToken ct)
    {
        var state = Step(context, DepartmentConversation.KindStep);
        if (!Enum.IsDefined(button.Kind))
        {
            throw new StaleButtonException();
        }

        state.Values["kind"] = button.Kind.ToString();
        conversations.MoveTo(state, DepartmentConversation.QuotaStep);
        var quota = Department.DefaultQuota(button.Kind);
        await notifier.ReplaceAsync(context, AdminTexts.AskQuota(state.Value("name")!, button.Kind, quota), DepartmentKeyboards.DefaultQuota(quota), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DefaultQuotaButton button, CancellationToken ct)
    {
        await typed.CreateAsync(context, Step(context, DepartmentConversation.QuotaStep), quota: null, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenDepartmentButton button, CancellationToken ct)
    {
        LeaveTypedStep(context);
        var department = Existing(button.DepartmentId);
        await notifier.ReplaceAsync(context, CardText(department), DepartmentKeyboards.CardKeyboard(department), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, RenameDepartmentButton button, CancellationToken ct)
    {
        var department = Existing(button.DepartmentId);
        conversations.Begin(context.UserId, Name, DepartmentConversation.RenameStep, IdValue(department));
        await notifier.ReplaceAsync(context, AdminTexts.AskRename(department), DepartmentKeyboards.BackToCardOnly(department), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ChangeQuotaButton button, CancellationToken ct)
    {
        var department = Existing(button.DepartmentId);
        conversations.Begin(context.UserId, Name, DepartmentConversation.QuotaChangeStep, IdValue(department));
        await notifier.ReplaceAsync(context, AdminTexts.AskNewQuota(department), DepartmentKeyboards.BackToCardOnly(department), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DeleteDepartmentButton button, CancellationToken ct)
    {
        var department = Existing(button.DepartmentId);
        await notifier.ReplaceAsync(context, AdminTexts.ConfirmDelete(department, people.InDepartment(department.Id).Count), DepartmentKeyboards.ConfirmDelete(department), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ConfirmDeleteDepartmentButton button, CancellationToken ct)
    {
        var deleted = changes.Delete(button.DepartmentId, Actor.Of(context), context.Now).Department!;
        await notifier.ReplaceAsync(context, AdminTexts.Deleted(deleted), DepartmentKeyboards.AfterDelete(), ct);
        return "Удалено";
    }

    // «⬅️ Назад» from a typed step leaves it: what was half typed is dropped.
    private void LeaveTypedStep(BotContext context)
    {
        if (context.Conversation?.Feature == Name)
        {
            conversations.End(context.UserId);
        }
    }

    private static ConversationState Step(BotContext context, string step) =>
        context.Conversation is { } state && state.Is(Name, step) ? state : throw new StaleButtonException();

    private static Dictionary<string, string> IdValue(Department department) =>
        new() { [DepartmentConversation.IdKey] = department.Id.ToString(CultureInfo.InvariantCulture) };

    private Department Existing(int id) => departments.Find(id) ?? throw new StaleButtonException();

    private string ListText()
    {
        var count = departments.All().Count;
        return count == 0 ? AdminTexts.NoDepartments : AdminTexts.DepartmentsList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => DepartmentKeyboards.List(departments.All());

    private string CardText(Department department) => AdminTexts.DepartmentCard(department, people.InDepartment(department.Id).Count);
}
