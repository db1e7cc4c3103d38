using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The document that exempts an organisation, then its date; the exemption is recorded with both.
internal sealed class ExemptionConversation(
    ConversationStore conversations,
    DepartmentRepository departments,
    ExemptOrganisation exemptions,
    ExemptionsMenu menu,
    OrgCalendar calendar,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => ExemptionsMenu.Name;

    public Audience Audience => Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var id = int.TryParse(state.Value(ExemptionsMenu.DepartmentKey), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        if (departments.Find(id) is null)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, ExemptionTexts.Gone, ct: ct);
            return;
        }
        if (context.Message?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            await AskAsync(context, ExemptionTexts.TextExpected, state.Step, ct);
            return;
        }

        if (state.Step == ExemptionsMenu.DocumentStep)
        {
            state.Values[ExemptionsMenu.DocumentKey] = text.Trim();
            conversations.MoveTo(state, ExemptionsMenu.DateStep);
            await AskAsync(context, null, ExemptionsMenu.DateStep, ct);
            return;
        }

        var date = EventDateInput.Parse(text, context.Now, calendar);
        if (date.Date is not { } day)
        {
            await AskAsync(context, date.Error, state.Step, ct);
            return;
        }
        var problem = exemptions.Exempt(id, state.Value(ExemptionsMenu.DocumentKey) ?? "", day, context.UserId, context.DisplayName, context.Now);
        if (problem is not null)
        {
            // A bad document name: ask for it again from the start.
            conversations.MoveTo(state, ExemptionsMenu.DocumentStep);
            await AskAsync(context, problem, ExemptionsMenu.DocumentStep, ct);
            return;
        }
        conversations.End(context.UserId);
        var organisation = departments.Find(id)!;
        await notifier.SendAsync(context.ChatId, ExemptionTexts.Exempted(organisation), ct: ct);
        await menu.ShowAsync(context, organisation, ct);
    }

    private Task AskAsync(BotContext context, string? problem, string step, CancellationToken ct)
    {
        var question = step == ExemptionsMenu.DocumentStep ? ExemptionTexts.AskDocument : ExemptionTexts.AskDate;
        var html = problem is null ? question : Html.Text(problem) + "\n\n" + question;
        return notifier.SendAsync(context.ChatId, html, Buttons.Column(CancelFeature.Button()), ct);
    }
}
