using System.Globalization;
using Microsoft.Extensions.Logging;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Persistence.Units;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

// Coordinators and admins set the weekly targets in the chat: the organisation's (stored; the
// setting ORGANISATION_WEEKLY_TARGET is only the default), each department's (0 = never reminded)
// and each account's frequency (issue 13). A button opens the question, the number is typed; every
// press and message is authorised again. Each change is written to the audit log in the same commit.
internal sealed class QuotaTargets(
    DepartmentRepository departments,
    AccountRepository accounts,
    QuotaSettingsRepository settings,
    QuotaSnapshot snapshot,
    AuditLog audit,
    ConversationStore conversations,
    IChatNotifier notifier,
    ILogger<QuotaTargets> log)
    : IConversationHandler,
      IButtonHandler<QuotaTargetsButton>, IButtonHandler<OrganisationTargetButton>, IButtonHandler<DepartmentTargetButton>,
      IButtonHandler<FrequenciesButton>, IButtonHandler<AccountFrequencyButton>
{
    public const string Name = "qt";
    public const int MaxOrganisationTarget = 500;
    public const int MaxDepartmentTarget = Department.MaxWeeklyQuota;

    // Buttons a message can carry before it becomes unwieldy; more departments are rare.
    private const int ListLimit = 90;

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, QuotaTargetsButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, QuotaTexts.Targets(settings.OrganisationTarget()), ListKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OrganisationTargetButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, "org");
        await notifier.SendAsync(context.ChatId, QuotaTexts.AskOrganisationTarget(settings.OrganisationTarget()), CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DepartmentTargetButton button, CancellationToken ct)
    {
        var department = departments.Find(button.DepartmentId) ?? throw new StaleButtonException();
        conversations.Begin(context.UserId, Name, "dep", new() { ["id"] = department.Id.ToString(CultureInfo.InvariantCulture) });
        await notifier.SendAsync(context.ChatId, QuotaTexts.AskDepartmentTarget(department.Name, department.WeeklyQuota), CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, FrequenciesButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, accounts.All().Any(a => a.IsActive) ? QuotaTexts.Frequencies() : QuotaTexts.NoAccounts, FrequencyKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AccountFrequencyButton button, CancellationToken ct)
    {
        var account = accounts.Find(button.AccountId) is { IsActive: true } found ? found : throw new StaleButtonException();
        conversations.Begin(context.UserId, Name, "acc", new() { ["id"] = account.Id.ToString(CultureInfo.InvariantCulture) });
        await notifier.SendAsync(context.ChatId, QuotaTexts.AskFrequency(AccountName(account), snapshot.FrequencyOf(account)), CancelOnly(), ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var text = context.Message?.Text;
        var id = int.TryParse(state.Value("id"), CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        switch (state.Step)
        {
            case "org":
                await SetOrganisationAsync(context, text, ct);
                return;
            case "acc":
                await SetFrequencyAsync(context, id, text, ct);
                return;
            default:
                await SetDepartmentAsync(context, id, text, ct);
                return;
        }
    }

    // Digits only ("3", " 3 "): "три", "-1", "2.5" and "1e3" are refused with the allowed range.
    public static int? Parse(string? text, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max ? value : null;

    private async Task SetOrganisationAsync(BotContext context, string? text, CancellationToken ct)
    {
        if (Parse(text, MaxOrganisationTarget) is not { } target)
        {
            await notifier.SendAsync(context.ChatId, text is null ? QuotaTexts.NumberNotText : QuotaTexts.OrganisationTargetInvalid, CancelOnly(), ct);
            return;
        }
        UnitOfWork.Current?.BeginWrite();
        var before = settings.OrganisationTarget();
        settings.SetOrganisationTarget(target, context.UserId, context.Now);
        Audit(context, "Организация: норма публикаций", before, target);
        conversations.End(context.UserId);
        log.LogInformation("Organisation weekly target set to {Target} by {UserId}", target, context.UserId);
        await notifier.SendAsync(context.ChatId, QuotaTexts.OrganisationTargetSet(target), ListKeyboard(), ct);
    }

    private async Task SetDepartmentAsync(BotContext context, int id, string? text, CancellationToken ct)
    {
        UnitOfWork.Current?.BeginWrite();
        if (departments.Find(id) is not { } department)
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
        var before = department.WeeklyQuota;
        department.ChangeQuota(quota);
        departments.Save(department);
        Audit(context, $"{department.Name}: норма публикаций", before, quota);
        conversations.End(context.UserId);
        log.LogInformation("Weekly target of department {DepartmentId} set to {Target} by {UserId}", department.Id, quota, context.UserId);
        await notifier.SendAsync(context.ChatId, QuotaTexts.DepartmentTargetSet(department.Name, quota), ListKeyboard(), ct);
    }

    private async Task SetFrequencyAsync(BotContext context, int id, string? text, CancellationToken ct)
    {
        UnitOfWork.Current?.BeginWrite();
        if (accounts.Find(id) is not { IsActive: true } account)
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, QuotaTexts.AccountGone, FrequencyKeyboard(), ct);
            return;
        }
        if (Parse(text, AccountFrequency.Max) is not { } frequency)
        {
            await notifier.SendAsync(context.ChatId, text is null ? QuotaTexts.NumberNotText : QuotaTexts.FrequencyInvalid, CancelOnly(), ct);
            return;
        }
        var before = snapshot.FrequencyOf(account);
        try
        {
            account.ChangeWeeklyFrequency(frequency);
        }
        catch (DomainException e)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(e.Message), CancelOnly(), ct);
            return;
        }
        accounts.Save(account);
        Audit(context, $"{AccountName(account)}: частота публикаций", before, frequency);
        conversations.End(context.UserId);
        log.LogInformation("Weekly frequency of account {AccountId} set to {Frequency} by {UserId}", account.Id, frequency, context.UserId);
        await notifier.SendAsync(context.ChatId, QuotaTexts.FrequencySet(AccountName(account), frequency), FrequencyKeyboard(), ct);
    }

    private void Audit(BotContext context, string subject, int before, int after) =>
        audit.Append(AuditEntry.Of(context.Now, context.UserId, context.DisplayName, AuditArea.Quotas, subject,
            before.ToString(CultureInfo.InvariantCulture), after.ToString(CultureInfo.InvariantCulture)));

    private InlineKeyboardMarkup ListKeyboard() => Telegram.Buttons.Column(
        new[] { ButtonCodec.Button(QuotaTexts.OrganisationButton(settings.OrganisationTarget()), new OrganisationTargetButton()) }
            .Concat(departments.All().Take(ListLimit).Select(d => ButtonCodec.Button(QuotaTexts.TargetButton(d.Name, d.WeeklyQuota), new DepartmentTargetButton(d.Id))))
            .Append(ButtonCodec.Button(QuotaTexts.FrequenciesButton, new FrequenciesButton()))
            .Append(ButtonCodec.Button(QuotaTexts.BackToQuotas, new QuotaShowButton())));

    private InlineKeyboardMarkup FrequencyKeyboard() => Telegram.Buttons.Column(
        accounts.All().Where(a => a.IsActive).Take(ListLimit)
            .Select(a => ButtonCodec.Button(QuotaTexts.TargetButton(AccountName(a), snapshot.FrequencyOf(a)), new AccountFrequencyButton(a.Id)))
            .Append(ButtonCodec.Button(QuotaTexts.BackToTargets, new QuotaTargetsButton())));

    private static string AccountName(Domain.Registry.Account account) => $"{account.NetworkName} «{account.Name}»";

    private static InlineKeyboardMarkup CancelOnly() => Telegram.Buttons.Column(CancelFeature.Button());
}
