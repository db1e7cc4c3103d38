using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Plan;

// /plan, the "🗓 Контент-план" menu button and every button under the week and the item card.
// Each press reads the role and the item afresh: what the button claims is only a request.
internal sealed class PlanFeature(
    PlanReader reader,
    PlanChanges changes,
    PlanNotices notices,
    PlanExport export,
    ConversationStore conversations,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
      IButtonHandler<PlanNowButton>, IButtonHandler<PlanWeekButton>, IButtonHandler<PlanItemButton>,
      IButtonHandler<PlanMoveToButton>, IButtonHandler<PlanFileButton>
{
    public string Command => "plan";

    public string? Description => "контент-план недели";

    public Audience Audience => Audience.Registered;

    public int Order => 20;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        PlanScope.For(person).SeesAnything ? [ButtonCodec.Button(PlanTexts.MenuButton, new PlanNowButton())] : [];

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        LeaveTypedStep(context);
        var scope = PlanScope.For(context.Person!);
        if (!scope.SeesAnything)
        {
            await notifier.SendAsync(context.ChatId, PlanTexts.NoAccess, ct: ct);
            return;
        }
        var (html, keyboard) = reader.WeekScreen(calendar.WeekOf(context.Now), scope, context.Now);
        await notifier.SendAsync(context.ChatId, html, keyboard, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, PlanNowButton button, CancellationToken ct)
    {
        await HandleAsync(context, "", ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, PlanWeekButton button, CancellationToken ct) =>
        await WithScopeAsync(context, async scope =>
        {
            await ShowWeekAsync(context, Week.Of(button.WeekStart), scope, null, ct);
            return null;
        });

    public async Task<string?> HandleAsync(BotContext context, PlanItemButton button, CancellationToken ct) =>
        await WithScopeAsync(context, async scope =>
        {
            var (id, planned) = (button.SubmissionId, button.Planned);
            switch (button.Action)
            {
                case PlanItemAction.Open:
                    return await WithItemAsync(context, id, planned, scope, item => ShowCardAsync(context, item, scope, null, ct), ct);
                case PlanItemAction.FullText:
                    return await WithItemAsync(context, id, planned, scope, item => SendFullTextAsync(context, item, ct), ct);
            }
            if (!scope.CanChange)
            {
                return PlanTexts.OnlyCoordinators;
            }
            var today = calendar.Today(context.Now);
            return button.Action switch
            {
                PlanItemAction.Move => await WithItemAsync(context, id, planned, scope, item =>
                    notifier.ReplaceAsync(context, PlanTexts.PickDay(item, today), PlanView.DayPicker(item, today), ct), ct),
                PlanItemAction.TypeDate => await WithItemAsync(context, id, planned, scope, item => AskAsync(context, item, "date", PlanTexts.AskDate(item), PlanView.CancelOnly(), ct), ct),
                PlanItemAction.Unschedule => await WithItemAsync(context, id, planned, scope, item => AskAsync(context, item, "comment", PlanTexts.AskUnscheduleComment(item), PlanView.UnschedulePrompt(item), ct), ct),
                PlanItemAction.UnscheduleNow => await UnscheduleAsync(context, id, planned, scope, ct),
                _ => throw new StaleButtonException(),
            };
        }, keepTypedStep: button.Action == PlanItemAction.UnscheduleNow);

    public async Task<string?> HandleAsync(BotContext context, PlanMoveToButton button, CancellationToken ct) =>
        await WithScopeAsync(context, async scope => scope.CanChange
            ? await MoveAsync(context, button.SubmissionId, button.Planned, button.Target, scope, ct)
            : PlanTexts.OnlyCoordinators);

    public async Task<string?> HandleAsync(BotContext context, PlanFileButton button, CancellationToken ct) =>
        await WithScopeAsync(context, async scope =>
        {
            if (!scope.CanExport)
            {
                return PlanTexts.NoExport;
            }
            var period = new PlanPeriod(button.From, button.To);
            if (button.Kind == PlanFileKind.PickFormat)
            {
                if (context.Conversation?.Feature == ExportCommand.Name)
                {
                    conversations.End(context.UserId);
                }
                await notifier.ReplaceAsync(context, ExportTexts.PickFormat(period), ExportCommand.FormatPicker(period), ct);
                return null;
            }
            await export.SendAsync(context, period, scope, button.Kind == PlanFileKind.Excel ? PlanExport.Kind.Excel : PlanExport.Kind.Ics, ct);
            return null;
        });

    // A question left unanswered (a date, a comment) ends when the person goes elsewhere in the
    // plan, so a later message is never taken as its answer.
    private async Task<string?> WithScopeAsync(BotContext context, Func<PlanScope, Task<string?>> action, bool keepTypedStep = false)
    {
        var scope = PlanScope.For(context.Person!);
        if (!scope.SeesAnything)
        {
            await notifier.SendAsync(context.ChatId, PlanTexts.NoAccess);
            return null;
        }
        if (!keepTypedStep)
        {
            LeaveTypedStep(context);
        }
        return await action(scope);
    }

    private async Task<string?> MoveAsync(BotContext context, int id, DateOnly planned, DateOnly target, PlanScope scope, CancellationToken ct)
    {
        var result = changes.Apply(id, planned, item => item.MoveTo(context.UserId, target, context.Now, calendar));
        if (result.Item is not { } moved)
        {
            return await RefusedAsync(context, id, planned, scope, result.Problem!, ct);
        }
        notices.TellAuthor(moved, context.UserId, PlanTexts.TellAuthorMoved(PlanItem.ShortTitle(moved.CurrentText), planned, target));
        await ShowWeekAsync(context, Week.Of(target), scope, "✅ " + PlanTexts.Moved(planned, target), ct);
        return PlanTexts.Moved(planned, target);
    }

    private async Task<string?> UnscheduleAsync(BotContext context, int id, DateOnly planned, PlanScope scope, CancellationToken ct)
    {
        var result = changes.Apply(id, planned, item => item.Unschedule(context.UserId, null, context.Now));
        if (result.Item is not { } item)
        {
            return await RefusedAsync(context, id, planned, scope, result.Problem!, ct);
        }
        LeaveTypedStep(context);
        notices.TellAuthor(item, context.UserId, PlanTexts.TellAuthorUnscheduled(PlanItem.ShortTitle(item.CurrentText), null));
        notices.BackToReview(item);
        await ShowWeekAsync(context, Week.Of(planned), scope, "↩️ " + PlanTexts.Unscheduled, ct);
        return PlanTexts.Unscheduled;
    }

    // The links of a publication asked from a card are such a question too.
    private void LeaveTypedStep(BotContext context)
    {
        if (context.Conversation?.Feature is PlanButtons.Feature or Publications.ReportConversation.Name)
        {
            conversations.End(context.UserId);
            context.Conversation = null;
        }
    }

    private async Task AskAsync(BotContext context, Submission item, string step, string question, InlineKeyboardMarkup keyboard, CancellationToken ct)
    {
        conversations.Begin(context.UserId, PlanButtons.Feature, step, new()
        {
            ["id"] = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["planned"] = item.PlannedDate!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        });
        await notifier.ReplaceAsync(context, question, keyboard, ct);
    }

    // Finds the item a button names; a press on an item that moved, left the plan or belongs to
    // another department changes nothing, says why and shows what is there now.
    private async Task<string?> WithItemAsync(BotContext context, int id, DateOnly planned, PlanScope scope, Func<Submission, Task> action, CancellationToken ct)
    {
        var found = changes.Find(id, planned);
        if (found.Item is not { } item)
        {
            return await RefusedAsync(context, id, planned, scope, found.Problem!, ct);
        }
        if (!scope.Includes(PlanItem.From(item)!))
        {
            return PlanTexts.NotYourDepartment;
        }
        await action(item);
        return null;
    }

    private async Task<string> RefusedAsync(BotContext context, int id, DateOnly planned, PlanScope scope, string problem, CancellationToken ct)
    {
        var found = changes.Find(id, planned);
        if (found.Item is { } item && scope.Includes(PlanItem.From(item)!))
        {
            await ShowCardAsync(context, item, scope, "⚠️ " + Html.Text(problem), ct);
        }
        else
        {
            await ShowWeekAsync(context, Week.Of(planned), scope, "⚠️ " + Html.Text(problem), ct);
        }
        return PlanTexts.Short(problem, 190);
    }

    private async Task ShowWeekAsync(BotContext context, Week week, PlanScope scope, string? note, CancellationToken ct)
    {
        var (html, keyboard) = reader.WeekScreen(week, scope, context.Now);
        await notifier.ReplaceAsync(context, note is null ? html : note + "\n\n" + html, keyboard, ct);
    }

    private async Task ShowCardAsync(BotContext context, Submission item, PlanScope scope, string? note, CancellationToken ct)
    {
        var (html, keyboard) = reader.CardScreen(item, scope, context.Now);
        await notifier.ReplaceAsync(context, note is null ? html : note + "\n\n" + html, keyboard, ct);
    }

    // The full text may be up to Telegram's limit on its own, so it goes after a short header,
    // cut into messages that fit.
    private async Task SendFullTextAsync(BotContext context, Submission item, CancellationToken ct)
    {
        await notifier.SendAsync(context.ChatId, PlanTexts.FullTextHeader(item, reader.DepartmentName(item.DepartmentId)), ct: ct);
        foreach (var part in item.CurrentText.Chunk(3500).Select(chars => new string(chars)))
        {
            await notifier.SendAsync(context.ChatId, Html.Text(part), ct: ct);
        }
        var (html, keyboard) = reader.CardScreen(item, PlanScope.For(context.Person!), context.Now);
        await notifier.SendAsync(context.ChatId, html, keyboard, ct);
    }
}
