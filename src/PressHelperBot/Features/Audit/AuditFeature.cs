using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Audit;

// "🧾 Журнал изменений" and /audit, for coordinators and admins: the audit log of a period in the chat
// (newest first) and as an Excel file. The period comes from a button or is typed ("01.11–30.11").
// The file is the answer to the press, so it goes straight to the person, not through the outbox.
internal sealed class AuditFeature(
    AuditJournal journal,
    ConversationStore conversations,
    OrgCalendar calendar,
    ITelegramBotClient bot,
    IChatNotifier notifier,
    ILogger<AuditFeature> log)
    : ICommandHandler, IConversationHandler, IMenuContributor,
        IButtonHandler<AuditMenuButton>, IButtonHandler<AuditPeriodButton>, IButtonHandler<AuditExcelButton>
{
    public const string Name = "audit";

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "журнал изменений: роли, отделы, нормы, настройки";

    public Audience Audience => Audience.Deciders;

    public int Order => 80;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 ? [ButtonCodec.Button(AuditTexts.MenuButton, new AuditMenuButton())] : [];

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        if (argument.Length > 0)
        {
            await OnTypedPeriodAsync(context, argument, ct);
            return;
        }

        conversations.Begin(context.UserId, Name, "period");
        await notifier.SendAsync(context.ChatId, AuditTexts.AskPeriod, journal.PeriodPicker(calendar.Today(context.Now)), ct);
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        if (context.Message?.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, AuditTexts.NeedText, journal.PeriodPicker(calendar.Today(context.Now)), ct);
            return;
        }

        await OnTypedPeriodAsync(context, text, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, AuditMenuButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, "period");
        await notifier.ReplaceAsync(context, AuditTexts.AskPeriod, journal.PeriodPicker(calendar.Today(context.Now)), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AuditPeriodButton button, CancellationToken ct)
    {
        var period = Period(button.From, button.To);
        EndConversation(context);
        var (html, keyboard) = journal.View(period);
        await notifier.ReplaceAsync(context, html, keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, AuditExcelButton button, CancellationToken ct)
    {
        var period = Period(button.From, button.To);
        var entries = journal.Entries(period);
        try
        {
            using var stream = new MemoryStream(journal.Workbook(period));
            await bot.SendDocument(
                context.ChatId, InputFile.FromStream(stream, $"audit_{period.FileStem}.xlsx"),
                caption: AuditTexts.Caption(period, entries.Count), parseMode: ParseMode.Html, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Telegram refused the audit file for chat {ChatId}: {Code} {Description}", context.ChatId, e.ErrorCode, e.Message);
            await notifier.SendAsync(context.ChatId, AuditTexts.SendFailed, ct: ct);
        }

        return null;
    }

    private async Task OnTypedPeriodAsync(BotContext context, string text, CancellationToken ct)
    {
        var parsed = PlanPeriodInput.Parse(text, calendar.Today(context.Now));
        if (parsed.Period is not { } period)
        {
            conversations.Begin(context.UserId, Name, "period");
            await notifier.SendAsync(context.ChatId, Html.Text(parsed.Error) + " Выйти: /cancel", journal.PeriodPicker(calendar.Today(context.Now)), ct);
            return;
        }

        conversations.End(context.UserId);
        var (html, keyboard) = journal.View(period);
        await notifier.SendAsync(context.ChatId, html, keyboard, ct);
    }

    private void EndConversation(BotContext context)
    {
        if (context.Conversation is { Feature: Name })
        {
            conversations.End(context.UserId);
        }
    }

    // A forged pair of dates (end before start, years long) is refused like a stale button.
    private static PlanPeriod Period(DateOnly from, DateOnly to)
    {
        var period = new PlanPeriod(from, to);
        return period.Days is >= 1 and <= PlanPeriod.MaxDays ? period : throw new StaleButtonException();
    }
}
