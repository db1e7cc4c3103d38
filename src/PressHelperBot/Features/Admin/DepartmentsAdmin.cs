using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// Admins create, rename, re-quota and delete departments, all with buttons; names and numbers are typed.
internal sealed class DepartmentsAdmin(
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IConversationHandler, IMenuContributor
{
    public const string Name = "dep";

    public string Command => "departments";

    public string Feature => Name;

    public string? Description => "отделы и организации";

    public Audience Audience => Audience.Admin;

    public int Order => 50;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin ? [Telegram.Buttons.Callback(AdminTexts.DepartmentsButton, Name, "list")] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(), ListKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        var state = context.Conversation;
        switch (data.Action)
        {
            case "list":
                await notifier.ReplaceAsync(context, ListText(), ListKeyboard(), ct);
                break;
            case "new":
                conversations.Begin(context.UserId, Name, "name");
                await notifier.SendAsync(context.ChatId, AdminTexts.AskName, CancelOnly(), ct);
                break;
            case "kind" when state?.Is(Name, "kind") == true:
                var kind = data.Arg(0) == "s" ? DepartmentKind.SubordinateOrganisation : DepartmentKind.AdministrationDepartment;
                state.Values["kind"] = kind.ToString();
                conversations.MoveTo(state, "quota");
                var quota = Department.DefaultQuota(kind);
                await notifier.ReplaceAsync(context, AdminTexts.AskQuota(state.Value("name")!, quota), Keyboard(Telegram.Buttons.Callback(AdminTexts.KeepDefault(quota), Name, "q", "d")), ct);
                break;
            case "q" when state?.Is(Name, "quota") == true:
                await CreateAsync(context, state, null, ct);
                break;
            case "open":
                await notifier.ReplaceAsync(context, CardText(Existing(data)), CardKeyboard(Existing(data)), ct);
                break;
            case "ren":
                conversations.Begin(context.UserId, Name, "rename", new() { ["id"] = Existing(data).Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await notifier.SendAsync(context.ChatId, AdminTexts.AskRename(Existing(data)), CancelOnly(), ct);
                break;
            case "setq":
                conversations.Begin(context.UserId, Name, "setquota", new() { ["id"] = Existing(data).Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await notifier.SendAsync(context.ChatId, AdminTexts.AskNewQuota(Existing(data)), CancelOnly(), ct);
                break;
            case "del":
                var doomed = Existing(data);
                await notifier.ReplaceAsync(context, AdminTexts.ConfirmDelete(doomed, people.InDepartment(doomed.Id).Count), new InlineKeyboardMarkup(new[]
                {
                    new[] { Telegram.Buttons.Callback("🗑 Да, удалить", Name, "delok", doomed.Id), Telegram.Buttons.Callback("Нет", Name, "open", doomed.Id) },
                }), ct);
                break;
            case "delok":
                await DeleteAsync(context, Existing(data), ct);
                return "Удалено";
            default:
                throw new StaleButtonException();
        }

        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        switch (state.Step)
        {
            case "name":
                var (name, problem) = DepartmentInput.Name(text, departments);
                if (name is null)
                {
                    await notifier.SendAsync(context.ChatId, problem!, CancelOnly(), ct);
                    return;
                }

                state.Values["name"] = name;
                conversations.MoveTo(state, "kind");
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKind(name), KindKeyboard(), ct);
                return;
            case "kind":
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKindByButton, KindKeyboard(), ct);
                return;
            case "quota":
                await CreateAsync(context, state, text, ct);
                return;
            case "rename":
                await RenameAsync(context, state, text, ct);
                return;
            case "setquota":
                await ChangeQuotaAsync(context, state, text, ct);
                return;
            default:
                conversations.End(context.UserId);
                return;
        }
    }

    private async Task CreateAsync(BotContext context, ConversationState state, string? typedQuota, CancellationToken ct)
    {
        int? quota = null;
        if (typedQuota is not null || context.Message is not null)
        {
            quota = DepartmentInput.Quota(typedQuota);
            if (quota is null)
            {
                await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, CancelOnly(), ct);
                return;
            }
        }

        var kind = Enum.Parse<DepartmentKind>(state.Value("kind")!);
        var department = Department.Create(state.Value("name")!, kind, quota, context.Now);
        departments.Add(department);
        conversations.End(context.UserId);
        await Reply(context, AdminTexts.Created(department), CardKeyboard(department), ct);
    }

    private async Task RenameAsync(BotContext context, ConversationState state, string? text, CancellationToken ct)
    {
        var department = departments.Find(int.Parse(state.Value("id")!, System.Globalization.CultureInfo.InvariantCulture));
        if (department is null)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, AdminTexts.DepartmentsList(departments.All().Count), ListKeyboard(), ct);
            return;
        }

        var (name, problem) = DepartmentInput.Name(text, departments, department.Id);
        if (name is null || name == department.Name)
        {
            await notifier.SendAsync(context.ChatId, problem ?? AdminTexts.NameTaken, CancelOnly(), ct);
            return;
        }

        department.Rename(name);
        departments.Save(department);
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, CardText(department), CardKeyboard(department), ct);
    }

    private async Task ChangeQuotaAsync(BotContext context, ConversationState state, string? text, CancellationToken ct)
    {
        var department = departments.Find(int.Parse(state.Value("id")!, System.Globalization.CultureInfo.InvariantCulture));
        var quota = DepartmentInput.Quota(text);
        if (department is not null && quota is null)
        {
            await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, CancelOnly(), ct);
            return;
        }

        conversations.End(context.UserId);
        if (department is null)
        {
            await notifier.SendAsync(context.ChatId, ListText(), ListKeyboard(), ct);
            return;
        }

        department.ChangeQuota(quota!.Value);
        departments.Save(department);
        await notifier.SendAsync(context.ChatId, CardText(department), CardKeyboard(department), ct);
    }

    private async Task DeleteAsync(BotContext context, Department department, CancellationToken ct)
    {
        foreach (var member in people.InDepartment(department.Id))
        {
            member.LeaveDepartment(department.Id);
            people.Save(member);
        }

        departments.Delete(department.Id);
        await notifier.ReplaceAsync(context, AdminTexts.Deleted(department.Name), Telegram.Buttons.Column(Telegram.Buttons.Callback(AdminTexts.BackToDepartments, Name, "list")), ct);
    }

    private Task Reply(BotContext context, string html, InlineKeyboardMarkup keyboard, CancellationToken ct) =>
        context.Callback is null ? notifier.SendAsync(context.ChatId, html, keyboard, ct) : notifier.ReplaceAsync(context, html, keyboard, ct);

    private Department Existing(CallbackData data) => departments.Find(data.IntArg(0)) ?? throw new StaleButtonException();

    private string ListText()
    {
        var count = departments.All().Count;
        return count == 0 ? AdminTexts.NoDepartments : AdminTexts.DepartmentsList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => Telegram.Buttons.Column(
        departments.All().Select(d => Telegram.Buttons.Callback(d.Name, Name, "open", d.Id))
            .Append(Telegram.Buttons.Callback(AdminTexts.AddDepartmentButton, Name, "new")));

    private string CardText(Department department) => AdminTexts.DepartmentCard(department, people.InDepartment(department.Id).Count);

    private static InlineKeyboardMarkup CardKeyboard(Department department) => Telegram.Buttons.Column(
        Telegram.Buttons.Callback("✏️ Переименовать", Name, "ren", department.Id),
        Telegram.Buttons.Callback("🔢 Изменить норму", Name, "setq", department.Id),
        Telegram.Buttons.Callback("🗑 Удалить", Name, "del", department.Id),
        Telegram.Buttons.Callback(AdminTexts.BackToDepartments, Name, "list"));

    private static InlineKeyboardMarkup KindKeyboard() => Keyboard(
        Telegram.Buttons.Callback(AdminTexts.KindAdministration, Name, "kind", "a"),
        Telegram.Buttons.Callback(AdminTexts.KindSubordinate, Name, "kind", "s"));

    private static InlineKeyboardMarkup Keyboard(params InlineKeyboardButton[] buttons) =>
        Telegram.Buttons.Column(buttons.Append(CancelFeature.Button()));

    private static InlineKeyboardMarkup CancelOnly() => Keyboard();
}
