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
    DepartmentConversation creation,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
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
                await notifier.SendAsync(context.ChatId, AdminTexts.AskName, DepartmentKeyboards.CancelOnly(), ct);
                break;
            case "kind" when state?.Is(Name, "kind") == true:
                var kind = data.Arg(0) == "s" ? DepartmentKind.SubordinateOrganisation : DepartmentKind.AdministrationDepartment;
                state.Values["kind"] = kind.ToString();
                conversations.MoveTo(state, "quota");
                var quota = Department.DefaultQuota(kind);
                await notifier.ReplaceAsync(context, AdminTexts.AskQuota(state.Value("name")!, kind, quota), DepartmentKeyboards.Keyboard(Telegram.Buttons.Callback(AdminTexts.KeepDefault(quota), Name, "q", "d")), ct);
                break;
            case "q" when state?.Is(Name, "quota") == true:
                await creation.CreateAsync(context, state, null, ct);
                break;
            case "open":
                await notifier.ReplaceAsync(context, CardText(Existing(data)), DepartmentKeyboards.CardKeyboard(Existing(data)), ct);
                break;
            case "ren":
                conversations.Begin(context.UserId, Name, "rename", new() { ["id"] = Existing(data).Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await notifier.SendAsync(context.ChatId, AdminTexts.AskRename(Existing(data)), DepartmentKeyboards.CancelOnly(), ct);
                break;
            case "setq":
                conversations.Begin(context.UserId, Name, "setquota", new() { ["id"] = Existing(data).Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await notifier.SendAsync(context.ChatId, AdminTexts.AskNewQuota(Existing(data)), DepartmentKeyboards.CancelOnly(), ct);
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

    private async Task DeleteAsync(BotContext context, Department department, CancellationToken ct)
    {
        foreach (var member in people.InDepartment(department.Id))
        {
            member.LeaveDepartment(department.Id);
            people.Save(member);
        }

        departments.Delete(department.Id);
        await notifier.ReplaceAsync(context, AdminTexts.Deleted(department), Telegram.Buttons.Column(Telegram.Buttons.Callback(AdminTexts.BackToDepartments, Name, "list")), ct);
    }

    private Department Existing(CallbackData data) => departments.Find(data.IntArg(0)) ?? throw new StaleButtonException();

    private string ListText()
    {
        var count = departments.All().Count;
        return count == 0 ? AdminTexts.NoDepartments : AdminTexts.DepartmentsList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => DepartmentKeyboards.List(departments.All());

    private string CardText(Department department) => AdminTexts.DepartmentCard(department, people.InDepartment(department.Id).Count);
}
