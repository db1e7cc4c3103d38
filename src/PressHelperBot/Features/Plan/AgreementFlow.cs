using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// The presses of the plan agreement: a coordinator sends, the head agrees or returns with a remark
// (typed). Every press is checked again: the router lets only coordinators send and only observers
// and admins decide, the use cases check the stored week and round.
internal sealed class AgreementFlow(
    DecideAgreement decide,
    PlanApprovers approvers,
    ConversationStore conversations,
    Configuration.PlanAgreementSettings settings,
    IChatNotifier notifier)
    : IButtonHandler<AgreeButton>, IButtonHandler<ReturnPlanButton>, IConversationHandler
{
    public const string Name = "agr";
    private const string WeekKey = "week";
    private const string RoundKey = "round";

    public string Feature => Name;

    public Audience Audience => Audience.Observer | Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, AgreeButton button, CancellationToken ct)
    {
        RequireApprover(context);
        await notifier.SendAsync(context.ChatId, decide.Run(Week.Of(button.WeekStart), button.Round, null, context.UserId, context.DisplayName, context.Now), ct: ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ReturnPlanButton button, CancellationToken ct)
    {
        RequireApprover(context);
        conversations.Begin(context.UserId, Name, "comment", new()
        {
            [WeekKey] = button.WeekStart.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            [RoundKey] = button.Round.ToString(CultureInfo.InvariantCulture),
        });
        await notifier.SendAsync(context.ChatId, AgreementTexts.AskComment(Week.Of(button.WeekStart)), Telegram.Buttons.Column(CancelFeature.Button()), ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (!DateOnly.TryParseExact(state.Value(WeekKey), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !int.TryParse(state.Value(RoundKey), NumberStyles.None, CultureInfo.InvariantCulture, out var round))
        {
            conversations.End(context.UserId);
            return;
        }
        if (context.Message?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            // A sticker or a photo gets the same answer as in the other plan conversations, then the question again.
            await notifier.SendAsync(context.ChatId, PlanTexts.SendTextPlease + "\n" + AgreementTexts.AskComment(Week.Of(start)), Telegram.Buttons.Column(CancelFeature.Button()), ct);
            return;
        }
        if (text.Trim().Length > Domain.ContentPlan.WeekAgreement.MaxCommentLength)
        {
            await notifier.SendAsync(context.ChatId, $"Замечание длиннее {Domain.ContentPlan.WeekAgreement.MaxCommentLength} знаков. Сократите его, пожалуйста.", Telegram.Buttons.Column(CancelFeature.Button()), ct);
            return;
        }
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, decide.Run(Week.Of(start), round, text, context.UserId, context.DisplayName, context.Now), ct: ct);
    }

    private void RequireApprover(BotContext context)
    {
        if (!settings.Enabled || !approvers.Includes(context.Person))
        {
            throw new StaleButtonException();
        }
    }
}

// "📨 Отправить на согласование": coordinators and admins only.
internal sealed class AgreementSending(SendForAgreement send, Configuration.PlanAgreementSettings settings, IChatNotifier notifier)
    : IButtonHandler<SendForAgreementButton>
{
    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, SendForAgreementButton button, CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            throw new StaleButtonException();
        }
        await notifier.SendAsync(context.ChatId, send.Run(Week.Of(button.WeekStart), context.UserId, context.DisplayName, context.Now), ct: ct);
        return null;
    }
}
