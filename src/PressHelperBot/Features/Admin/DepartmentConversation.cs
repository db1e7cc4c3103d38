using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// The typed steps of department administration: a new department's name and quota, a new name,
// a new quota. The buttons around them live in DepartmentsAdmin; the changes in DepartmentChanges.
internal sealed class DepartmentConversation(
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    DepartmentChanges changes,
    IChatNotifier notifier) : IConversationHandler
{
    public const string NameStep = "name";
    public const string KindStep = "kind";
    public const string QuotaStep = "quota";
    public const string RenameStep = "rename";
    public const string QuotaChangeStep = "setquota";
    public const string IdKey = "id";

    public string Feature => DepartmentsAdmin.Name;

    public Audience Audience => Audience.Admin;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        switch (state.Step)
        {
            case NameStep:
                var (name, problem) = DepartmentInput.Name(text, departments);
                if (name is null)
                {
                    await notifier.SendAsync(context.ChatId, problem!, DepartmentKeyboards.CancelOnly(), ct);
                    return;
                }

                state.Values["name"] = name;
                conversations.MoveTo(state, KindStep);
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKind(name), DepartmentKeyboards.KindKeyboard(), ct);
                return;
            case KindStep:
                await notifier.SendAsync(context.ChatId, AdminTexts.PickKindByButton, DepartmentKeyboards.KindKeyboard(), ct);
                return;
            case QuotaStep:
                var quota = DepartmentInput.Quota(text);
                if (quota is null)
                {
                    await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, DepartmentKeyboards.CancelOnly(), ct);
                    return;
                }

                await CreateAsync(context, state, quota, ct);
                return;
            case RenameStep:
                await RenameAsync(context, state, text, ct);
                return;
            case QuotaChangeStep:
                await ChangeQuotaAsync(context, state, text, ct);
                return;
            default:
                conversations.End(context.UserId);
                return;
        }
    }

    // `quota` null keeps the default of the kind («Оставить N»).
    public async Task CreateAsync(BotContext context, ConversationState state, int? quota, CancellationToken ct)
    {
        var kind = Enum.Parse<DepartmentKind>(state.Value("kind")!);
        var created = changes.Create(state.Value("name")!, kind, quota, Actor.Of(context), context.Now);
        if (created.Department is not { } department)
        {
            // Someone created one by that name meanwhile: ask for the name again.
            conversations.MoveTo(state, NameStep);
            await Reply(context, created.Problem!, DepartmentKeyboards.CancelOnly(), ct);
            return;
        }

        conversations.End(context.UserId);
        await Reply(context, AdminTexts.Created(department), DepartmentKeyboards.CardKeyboard(department), ct);
    }

    private async Task RenameAsync(BotContext context, ConversationState state, string? text, CancellationToken ct)
    {
        var id = Id(state);
        if (departments.Find(id) is null)
        {
            await GoneAsync(context, ct);
            return;
        }

        var (name, problem) = DepartmentInput.Name(text, departments, id);
        if (name is null)
        {
            await notifier.SendAsync(context.ChatId, problem!, DepartmentKeyboards.CancelOnly(), ct);
            return;
        }

        var renamed = changes.Rename(id, name, Actor.Of(context), context.Now);
        if (renamed.Department is not { } department)
        {
            if (renamed.Problem is null)
            {
                await GoneAsync(context, ct);
                return;
            }

            await notifier.SendAsync(context.ChatId, renamed.Problem, DepartmentKeyboards.CancelOnly(), ct);
            return;
        }

        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, CardText(department), DepartmentKeyboards.CardKeyboard(department), ct);
    }

    private async Task ChangeQuotaAsync(BotContext context, ConversationState state, string? text, CancellationToken ct)
    {
        var quota = DepartmentInput.Quota(text);
        if (quota is null && departments.Find(Id(state)) is not null)
        {
            await notifier.SendAsync(context.ChatId, AdminTexts.QuotaInvalid, DepartmentKeyboards.CancelOnly(), ct);
            return;
        }

        var changed = quota is null ? null : changes.ChangeQuota(Id(state), quota.Value, Actor.Of(context), context.Now).Department;
        if (changed is null)
        {
            await GoneAsync(context, ct);
            return;
        }

        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, CardText(changed), DepartmentKeyboards.CardKeyboard(changed), ct);
    }

    // The department was deleted while its name or quota was being typed.
    private async Task GoneAsync(BotContext context, CancellationToken ct)
    {
        conversations.End(context.UserId);
        var all = departments.All();
        await notifier.SendAsync(context.ChatId, AdminTexts.DepartmentGone + "\n\n" + (all.Count == 0 ? AdminTexts.NoDepartments : AdminTexts.DepartmentsList(all.Count)), DepartmentKeyboards.List(all), ct);
    }

    private Task Reply(BotContext context, string html, InlineKeyboardMarkup keyboard, CancellationToken ct) =>
        context.Callback is null ? notifier.SendAsync(context.ChatId, html, keyboard, ct) : notifier.ReplaceAsync(context, html, keyboard, ct);

    private static int Id(ConversationState state) =>
        int.TryParse(state.Value(IdKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private string CardText(Department department) => AdminTexts.DepartmentCard(department, people.InDepartment(department.Id).Count);
}
