using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Features.Plan;

// Makes the file for a period and hands it straight to the person who asked: it is an answer to
// their press, not a notification, so it does not wait in the outbox.
internal sealed class PlanExport(PlanReader reader, ITelegramBotClient bot, IChatNotifier notifier, ILogger<PlanExport> log)
{
    public enum Kind
    {
        Excel,
        Ics,
    }

    public async Task SendAsync(BotContext context, PlanPeriod period, PlanScope scope, Kind kind, CancellationToken ct)
    {
        if (period.Days is < 1 or > PlanPeriod.MaxDays)
        {
            throw new StaleButtonException();
        }
        var rows = reader.ExportRows(period, scope);
        var (content, fileName) = kind == Kind.Excel
            ? (PlanWorkbook.Build(period, rows), $"content-plan_{period.FileStem}.xlsx")
            : (PlanCalendarFile.Build(period, rows, context.Now), $"content-plan_{period.FileStem}.ics");
        try
        {
            using var stream = new MemoryStream(content);
            await bot.SendDocument(context.ChatId, InputFile.FromStream(stream, fileName), caption: ExportTexts.Caption(period, rows.Count), parseMode: ParseMode.Html, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Telegram refused the plan file for chat {ChatId}: {Code} {Description}", context.ChatId, e.ErrorCode, e.Message);
            await notifier.SendAsync(context.ChatId, ExportTexts.SendFailed, ct: ct);
        }
    }
}
