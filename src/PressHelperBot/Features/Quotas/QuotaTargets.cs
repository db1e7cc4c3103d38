using System.Globalization;
using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

// Coordinators and admins set the weekly targets in the chat: the organisation's (stored; the
// setting ORGANISATION_WEEKLY_TARGET is only the default) and each department's (0 = never reminded).
// A button opens the question, the number is typed; every press and message is authorised again.
internal sealed class QuotaTargets(
    DepartmentRepository departments,
    QuotaSettingsRepository settings,
    ConversationStore conversations,
    IChatNotifier notifier,
    ILogger<QuotaTargets> log) : ICallbackHandler, IConversationHandler
{
    public const string Name = "qt";
    public const int MaxOrganisationTarget = 500;
    public const int MaxDepartmentTarget = Department.MaxWeeklyQuota;

    // Buttons a message can carry before it becomes unwieldy; more departments are rare.
    private const int ListLimit = 90;

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "list":
                await notifier.ReplaceAsync(context, QuotaTexts.Targets(settings.OrganisationTarget()), ListKeyboard(), ct);
                return null;
            case "org":
                conversations.Begin(context.UserId, Name, "org");
                await notifier.SendAsync(context.ChatId, QuotaTexts.AskOrganisationTarget(settings.OrganisationTarget()), CancelOnly(), ct);
                return null;
            case "dep":
                var department = departments.Find(data.IntArg(0)) ?? throw new StaleButtonException();
                conversations.Begin(context.UserId, Name, "dep", new() { ["id"] = department.Id.ToString(CultureInfo.InvariantCulture) });
                await notifier.SendAsync(context.ChatId, QuotaTexts.AskDepartmentTarget(department.Name, department.WeeklyQuota), CancelOnly(), ct);
                return null;
            default:
                throw new StaleButtonException();
        }
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        if (state.Step == "org")
        {
            if (Parse(text, MaxOrganisationTarget) is not { } target)
            {
                await notifier.SendAsync(context.ChatId, text is null ? QuotaTexts.NumberNotText : QuotaTexts.OrganisationTargetInvalid, CancelOnly(), ct);
                return;
            }
            settings.SetOrganisationTarget(target, context.UserId, context.Now);
            conversations.End(context.UserId);
            log.LogInformation("Organisation weekly target set to {Target} by {UserId}", target, context.UserId);
            await notifier.SendAsync(context.ChatId, QuotaTexts.OrganisationTargetSet(target), ListKeyboard(), ct);
            return;
        }

        var department = state.Step == "dep" && int.TryParse(state.Value("id"), CultureInfo.InvariantCulture, out var id) ? departments.Find(id) : null;
        if (department is null)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, QuotaTexts.DepartmentGone, ListKeyboard(), ct);
            return;
        }
        if (Parse(text, MaxDepartmentTarget) is not { } quota)
        {
            await notifier.SendAsync(context.ChatId, text is null ? QuotaTexts.NumberNotText : QuotaTexts.DepartmentTargetInvalid, CancelOnly(), ct);
            return;
        }
        department.ChangeQuota(quota);
        departments.Save(department);
        conversations.End(context.UserId);
        log.LogInformation("Weekly target of department {DepartmentId} set to {Target} by {UserId}", department.Id, quota, context.UserId);
        await notifier.SendAsync(context.ChatId, QuotaTexts.DepartmentTargetSet(department.Name, quota), ListKeyboard(), ct);
    }

    // Digits only ("3", " 3 "): "три", "-1", "2.5" and "1e3" are refused with the allowed range.
    public static int? Parse(string? text, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max ? value : null;

    private InlineKeyboardMarkup ListKeyboard() => Telegram.Buttons.Column(
        new[] { Telegram.Buttons.Callback(QuotaTexts.OrganisationButton(settings.OrganisationTarget()), Name, "org") }
            .Concat(departments.All().Take(ListLimit).Select(d => Telegram.Buttons.Callback(QuotaTexts.TargetButton(d.Name, d.WeeklyQuota), Name, "dep", d.Id)))
            .Append(Telegram.Buttons.Callback(QuotaTexts.BackToQuotas, QuotaView.Name, "show")));

    private static InlineKeyboardMarkup CancelOnly() => Telegram.Buttons.Column(CancelFeature.Button());
}
