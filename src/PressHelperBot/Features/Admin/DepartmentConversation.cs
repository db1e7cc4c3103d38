using PressHelperBot.Domain.Departments;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// The typed steps of department administration: a new department's name and quota, a new name,
// a new quota. The buttons around them live in DepartmentsAdmin.
internal sealed class DepartmentConversation(
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => DepartmentsAdmin.Name;

    public Audience Audience => Audience.Admin;

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
                    await notifier.SendAsync(context.ChatId, problem!, DepartmentKeyboards.CancelOnly(), ct);
                    return;
                }

                state.Values["name"] = name;
                conversations.MoveTo(state, "kind");
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKind(name), DepartmentKeyboards.KindKeyboard(), ct);
                return;
            case "kind":
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKindByButton, DepartmentKeyboards.KindKeyboard(), ct);
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

    public async Task CreateAsync(BotContext context, ConversationState state, string? typedQuota, CancellationToken ct)
    {
        int? quota = null;
        if (typedQuota is not null || context.Message is not null)
        {
            quota = DepartmentInput.Quota(typedQuota);
            if (quota is null)
            {
                await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, DepartmentKeyboards.CancelOnly(), ct);
                return;
            }
        }

        var kind = Enum.Parse<DepartmentKind>(state.Value("kind")!);
        var department = Department.Create(state.Value("name")!, kind, quota, context.Now);
        departments.Add(department);
        conversations.End(context.UserId);
        await Reply(context, AdminTexts.Created(department), DepartmentKeyboards.CardKeyboard(department), ct);
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
            await notifier.SendAsync(context.ChatId, problem ?? AdminTexts.NameTaken, DepartmentKeyboards.CancelOnly(), ct);
            return;
        }

        department.Rename(name);
        departments.Save(department);
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, CardText(department), DepartmentKeyboards.CardKeyboard(department), ct);
    }

    private async Task ChangeQuotaAsync(BotContext context, ConversationState state, string? text, CancellationToken ct)
    {
        var department = departments.Find(int.Parse(state.Value("id")!, System.Globalization.CultureInfo.InvariantCulture));
        var quota = DepartmentInput.Quota(text);
        if (department is not null && quota is null)
        {
            await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, DepartmentKeyboards.CancelOnly(), ct);
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
        await notifier.SendAsync(context.ChatId, CardText(department), DepartmentKeyboards.CardKeyboard(department), ct);
    }

    private Task Reply(BotContext context, string html, InlineKeyboardMarkup keyboard, CancellationToken ct) =>
        context.Callback is null ? notifier.SendAsync(context.ChatId, html, keyboard, ct) : notifier.ReplaceAsync(context, html, keyboard, ct);

    private string ListText()
    {
        var count = departments.All().Count;
        return count == 0 ? AdminTexts.NoDepartments : AdminTexts.DepartmentsList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => DepartmentKeyboards.List(departments.All());

    private string CardText(Department department) => AdminTexts.DepartmentCard(department, people.InDepartment(department.Id).Count);
}
