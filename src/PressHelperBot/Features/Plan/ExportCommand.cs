using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;
using static PressHelperBot.Features.Plan.PlanButtons;

namespace PressHelperBot.Features.Plan;

// /export 01.12–31.12 (or /export and then the period, typed or by a month button) offers the plan
// of that period as Excel or .ics; the files come from the buttons of PlanFeature.
internal sealed class ExportCommand(ConversationStore conversations, OrgCalendar calendar, IChatNotifier notifier) : ICommandHandler, IConversationHandler
{
    public const string Name = "export";

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "выгрузить контент-план (Excel, календарь)";

    public Audience Audience => Audience.Deciders | Audience.Observer;

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        if (argument.Length > 0)
        {
            await AnswerAsync(context, argument, ct);
            return;
        }
        conversations.Begin(context.UserId, Name, "period");
        await notifier.SendAsync(context.ChatId, ExportTexts.AskPeriod, MonthButtons(calendar.Today(context.Now)), ct);
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        if (context.Message?.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, PlanTexts.SendTextPlease, PlanView.CancelOnly(), ct);
            return;
        }
        await AnswerAsync(context, text, ct);
    }

    public static InlineKeyboardMarkup FormatPicker(PlanPeriod period) => new(new[]
    {
        new[] { File(PlanTexts.Excel, PlanFileKind.Excel, period.From, period.To), File(PlanTexts.Ics, PlanFileKind.Ics, period.From, period.To) },
    });

    private async Task AnswerAsync(BotContext context, string text, CancellationToken ct)
    {
        var parsed = PlanPeriodInput.Parse(text, calendar.Today(context.Now));
        if (parsed.Period is not { } period)
        {
            conversations.Begin(context.UserId, Name, "period");
            await notifier.SendAsync(context.ChatId, Html.Text(parsed.Error), PlanView.CancelOnly(), ct);
            return;
        }
        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, ExportTexts.PickFormat(period), FormatPicker(period), ct);
    }

    private static InlineKeyboardMarkup MonthButtons(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        InlineKeyboardButton Month(string label, DateOnly start) =>
            File(label, PlanFileKind.PickFormat, start, start.AddMonths(1).AddDays(-1));
        return new InlineKeyboardMarkup(new[]
        {
            new[] { Month(ExportTexts.LastMonth, first.AddMonths(-1)), Month(ExportTexts.ThisMonth, first), Month(ExportTexts.NextMonth, first.AddMonths(1)) },
            new[] { Cancel.CancelFeature.Button() },
        });
    }
}
