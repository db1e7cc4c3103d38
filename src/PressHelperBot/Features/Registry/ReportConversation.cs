using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The three reports as one guided conversation: account created, account deleted, responsible
// person changed. Each answer is kept in the stored conversation under the name of its step, and
// the next step is whichever value is still missing (ReportSteps), so a restart continues where it
// stopped. Buttons are checked against the current step and the person's departments every time.
internal sealed class ReportConversation(
    ConversationStore conversations,
    RegistryAccess access,
    AccountRepository accounts,
    ReportQuestions questions,
    ReportAnswers answers,
    ReportCompletion completion,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : IConversationHandler,
        IButtonHandler<StartReportButton>,
        IButtonHandler<ReportDepartmentButton>,
        IButtonHandler<ReportNetworkButton>,
        IButtonHandler<ReportAccountButton>,
        IButtonHandler<ReportTodayButton>
{
    public const string Name = "regr";

    public string Feature => Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, StartReportButton button, CancellationToken ct)
    {
        await BeginAsync(context, Enum.IsDefined(button.Kind) ? button.Kind : throw new StaleButtonException(), ct);
        return null;
    }

    public Task<string?> HandleAsync(BotContext context, ReportDepartmentButton button, CancellationToken ct) =>
        AnswerAsync(context, ReportSteps.Department, state => access.MayReport(context, button.DepartmentId)
            ? button.DepartmentId.ToString(CultureInfo.InvariantCulture)
            : null, ct);

    public Task<string?> HandleAsync(BotContext context, ReportNetworkButton button, CancellationToken ct) =>
        AnswerAsync(context, ReportSteps.Network, _ => Enum.IsDefined(button.Network) ? button.Network.ToString() : null, ct);

    public Task<string?> HandleAsync(BotContext context, ReportAccountButton button, CancellationToken ct) =>
        AnswerAsync(context, ReportSteps.Account, state => accounts.Find(button.AccountId) is { IsActive: true } account
            && account.DepartmentId.ToString(CultureInfo.InvariantCulture) == state.Value(ReportSteps.Department)
                ? account.Id.ToString(CultureInfo.InvariantCulture)
                : null, ct);

    public Task<string?> HandleAsync(BotContext context, ReportTodayButton button, CancellationToken ct) =>
        AnswerAsync(context, ReportSteps.Date, _ => ReportSteps.Format(calendar.Today(context.Now)), ct);

    // A button answers the step it was made for, and only while the conversation stands at it.
    private async Task<string?> AnswerAsync(BotContext context, string step, Func<ConversationState, string?> value, CancellationToken ct)
    {
        var state = context.Conversation is { Feature: Name } current && current.Step == step
            ? current
            : throw new StaleButtonException();
        state.Values[step] = value(state) ?? throw new StaleButtonException();
        await AdvanceAsync(context, state, ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        if (ReportSteps.ByButton(state.Step))
        {
            await questions.AskAsync(context, state, RegistryTexts.PickByButton, ct);
            return;
        }
        if (text is null)
        {
            await questions.AskAsync(context, state, RegistryTexts.TextExpected, ct);
            return;
        }

        var problem = answers.Accept(context, state, text);
        if (problem is not null)
        {
            await questions.AskAsync(context, state, Html.Text(problem), ct);
            return;
        }
        await AdvanceAsync(context, state, ct);
    }

    private async Task BeginAsync(BotContext context, ReportKind kind, CancellationToken ct)
    {
        var reportable = access.Reportable(context.Person);
        if (reportable.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, RegistryAccess.IsDecider(context.Person) ? RegistryTexts.NoDepartmentsAtAll : RegistryTexts.NoDepartments, ct: ct);
            return;
        }

        var state = conversations.Begin(context.UserId, Name, "", new() { [ReportSteps.Kind] = ReportKinds.Code(kind) });
        if (reportable.Count == 1)
        {
            state.Values[ReportSteps.Department] = reportable[0].Id.ToString(CultureInfo.InvariantCulture);
        }
        await AdvanceAsync(context, state, ct);
    }

    private async Task AdvanceAsync(BotContext context, ConversationState state, CancellationToken ct)
    {
        var department = state.Value(ReportSteps.Department);
        if (department is not null && !access.MayReport(context, int.Parse(department, CultureInfo.InvariantCulture)))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, RegistryTexts.NotYourDepartment, ct: ct);
            return;
        }

        var next = ReportSteps.Next(state);
        if (next == ReportSteps.Account && accounts.ActiveIn(ReportSteps.IntValue(state, ReportSteps.Department)).Count == 0)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, RegistryTexts.NoActiveAccounts + "\n\nГлавное меню: /start", ct: ct);
            return;
        }
        if (next is null)
        {
            await completion.CompleteAsync(context, state, ct);
            return;
        }
        conversations.MoveTo(state, next);
        await questions.AskAsync(context, state, null, ct);
    }
}
