using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Publications;

// "📣 Мы опубликовали" (/published), "✅ Опубликовано" on a plan item, and the answers by button
// about a link. Someone who has just posted presses once (or twice, to pick the plan item) and
// pastes the links.
internal sealed class ReportFlow(
    ConversationStore conversations,
    PublicationRegistry registry,
    SubmissionRepository submissions,
    ReportConversation conversation,
    RecordPublications record,
    ReportAnswers answers,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
      IButtonHandler<ReportButton>, IButtonHandler<ReportItemButton>, IButtonHandler<ReportNewsButton>,
      IButtonHandler<PickAccountButton>, IButtonHandler<NoneOfTheseButton>, IButtonHandler<ReportDoneButton>
{
    // Plan items from this many days back are offered; older ones are found through the plan.
    public const int RecentDays = 7;
    private const int MaxItems = 8;

    public string Command => "published";

    public string? Description => "отметить вышедшую публикацию";

    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public int Order => 2;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        PublicationAccess.MayReport(person) && registry.Reportable(person).Count > 0
            ? [ButtonCodec.Button(PublicationTexts.MenuButton, new ReportButton())]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => StartAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, ReportButton button, CancellationToken ct)
    {
        await StartAsync(context, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ReportItemButton button, CancellationToken ct)
    {
        var item = submissions.Find(button.SubmissionId) ?? throw new StaleButtonException();
        if (item.Status is not (SubmissionStatus.Scheduled or SubmissionStatus.Published))
        {
            return Plan.PlanTexts.StaleStatus(item.Status);
        }
        if (!PublicationAccess.MayReportFor(context.Person, item))
        {
            return PublicationTexts.NotYourItem;
        }
        await AskLinksAsync(context, new ReportTarget(item.Id, Publication.PlanStory(item.Id)), PlanItem.ShortTitle(item.CurrentText), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ReportNewsButton button, CancellationToken ct)
    {
        await AskLinksAsync(context, new ReportTarget(null, Publication.NewsStory(context.UserId, context.Now, context.Update.Id)), null, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, PickAccountButton button, CancellationToken ct)
    {
        var state = AskState(context);
        var post = ReportConversation.Pending(state) ?? throw new StaleButtonException();
        var result = record.Confirm(context.Person!, ReportConversation.TargetOf(state), post, button.AccountId, ReportConversation.DayOf(state), context.Now);
        await answers.AfterAnswerAsync(context, state, result, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, NoneOfTheseButton button, CancellationToken ct)
    {
        var state = AskState(context);
        var post = ReportConversation.Pending(state) ?? throw new StaleButtonException();
        var result = new ReportResult([], [new LinkProblem(post.Url, PublicationTexts.NotOurs(post.Url))], [], ReportConversation.DayOf(state), null, PublicationFormat.News);
        await answers.AfterAnswerAsync(context, state, result, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ReportDoneButton button, CancellationToken ct)
    {
        if (context.Conversation is { Feature: ReportConversation.Name })
        {
            conversations.End(context.UserId);
        }
        await notifier.ReplaceAsync(context, PublicationTexts.Done, null, ct);
        return null;
    }

    private async Task StartAsync(BotContext context, CancellationToken ct)
    {
        var person = context.Person!;
        if (!PublicationAccess.MayReport(person))
        {
            await notifier.SendAsync(context.ChatId, PublicationTexts.NotAllowed, ct: ct);
            return;
        }
        if (registry.Reportable(person).Count == 0)
        {
            await notifier.SendAsync(context.ChatId, PublicationTexts.NoAccounts, ct: ct);
            return;
        }
        var today = calendar.Today(context.Now);
        var items = submissions.InPlanBetween(today.AddDays(-RecentDays), today)
            .Where(item => PublicationAccess.MayReportFor(person, item))
            .OrderBy(item => item.Status == SubmissionStatus.Published).ThenByDescending(item => item.PlannedDate).ThenBy(item => item.Id)
            .Take(MaxItems)
            .ToList();
        if (items.Count == 0)
        {
            await AskLinksAsync(context, new ReportTarget(null, Publication.NewsStory(context.UserId, context.Now, context.Update.Id)), null, ct);
            return;
        }
        var buttons = items
            .Select(item => ButtonCodec.Button(
                PublicationTexts.ItemButton(item.PlannedDate!.Value, PlanItem.ShortTitle(item.CurrentText), item.Status == SubmissionStatus.Published),
                new ReportItemButton(item.Id)))
            .Append(ButtonCodec.Button(PublicationTexts.NewsButton, new ReportNewsButton()))
            .Append(CancelFeature.Button());
        await notifier.SendAsync(context.ChatId, PublicationTexts.PickItem, Telegram.Buttons.Column(buttons), ct);
    }

    private async Task AskLinksAsync(BotContext context, ReportTarget target, string? title, CancellationToken ct)
    {
        var accounts = registry.Reportable(context.Person!);
        if (accounts.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, PublicationTexts.NoAccounts, ct: ct);
            return;
        }
        conversation.Begin(context.UserId, target);
        await notifier.SendAsync(context.ChatId, PublicationTexts.AskLinks(title, accounts), Telegram.Buttons.Column(CancelFeature.Button()), ct);
    }

    private static ConversationState AskState(BotContext context) =>
        context.Conversation is { Feature: ReportConversation.Name, Step: ReportConversation.AskStep } state ? state : throw new StaleButtonException();
}
