using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// /registry and the "🗂 Реестр аккаунтов" menu button: the reports, the registry view and its
// exports. Every button re-checks what the person may see from their stored role and departments.
internal sealed class RegistryMenu(
    RegistryAccess access,
    RegistryView view,
    RegistryRows rows,
    IOutbox outbox,
    OrgCalendar calendar,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "reg";

    public string Command => "registry";

    public string Feature => Name;

    public string? Description => "реестр аккаунтов в соцсетях";

    public Audience Audience => Audience.Registered;

    public int Order => 400;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience.Registered) != 0 ? [Telegram.Buttons.Callback(RegistryTexts.MenuButton, Name, "home")] : [];

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        await notifier.SendAsync(context.ChatId, RegistryTexts.Menu, MenuKeyboard(context), ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "home":
                await notifier.ReplaceAsync(context, RegistryTexts.Menu, MenuKeyboard(context), ct);
                return null;
            case "view":
                await ShowAsync(context, data.IntArg(0) == 1, ct);
                return null;
            case "xlsx" or "html":
                return Export(context, data.Action, data.IntArg(0) == 1);
            default:
                throw new StaleButtonException();
        }
    }

    private InlineKeyboardMarkup MenuKeyboard(BotContext context)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (access.Reportable(context.Person).Count > 0)
        {
            buttons.Add(Telegram.Buttons.Callback(RegistryTexts.CreatedButton, ReportConversation.Name, "new", ReportKinds.Code(ReportKind.Created)));
            buttons.Add(Telegram.Buttons.Callback(RegistryTexts.DeletedButton, ReportConversation.Name, "new", ReportKinds.Code(ReportKind.Deleted)));
            buttons.Add(Telegram.Buttons.Callback(RegistryTexts.ResponsibleButton, ReportConversation.Name, "new", ReportKinds.Code(ReportKind.ResponsibleChanged)));
        }
        buttons.Add(Telegram.Buttons.Callback(RegistryTexts.ViewButton, Name, "view", 0));
        buttons.Add(ChecklistFeature.OpenButton(fromReminder: false));
        return Telegram.Buttons.Column(buttons);
    }

    private async Task ShowAsync(BotContext context, bool includeDeleted, CancellationToken ct)
    {
        var pages = view.Pages(access.Visible(context.Person), includeDeleted, context.Now);
        var keyboard = new InlineKeyboardMarkup(new[]
        {
            new[]
            {
                includeDeleted
                    ? Telegram.Buttons.Callback(RegistryTexts.ActiveViewButton, Name, "view", 0)
                    : Telegram.Buttons.Callback(RegistryTexts.DeletedViewButton, Name, "view", 1),
            },
            new[]
            {
                Telegram.Buttons.Callback(RegistryTexts.XlsxButton, Name, "xlsx", includeDeleted ? 1 : 0),
                Telegram.Buttons.Callback(RegistryTexts.HtmlButton, Name, "html", includeDeleted ? 1 : 0),
            },
            new[] { Telegram.Buttons.Callback(RegistryTexts.BackButton, Name, "home") },
        });
        for (var i = 0; i < pages.Count; i++)
        {
            var last = i == pages.Count - 1;
            if (i == 0 && context.Callback is not null)
            {
                await notifier.ReplaceAsync(context, pages[0], last ? keyboard : null, ct);
            }
            else
            {
                await notifier.SendAsync(context.ChatId, pages[i], last ? keyboard : null, ct);
            }
        }
    }

    // The file goes through the outbox: uploads are slow and retried there, not in this update.
    private string Export(BotContext context, string format, bool includeDeleted)
    {
        var registry = rows.For(access.Visible(context.Person).Select(d => d.Id), includeDeleted);
        var today = calendar.Today(context.Now);
        var file = format == "xlsx"
            ? new OutgoingFile($"reestr-{today:yyyy-MM-dd}.xlsx", RegistryExport.Xlsx(registry, includeDeleted))
            : new OutgoingFile($"reestr-{today:yyyy-MM-dd}.html", RegistryExport.Html(registry, includeDeleted, today));
        var caption = $"Реестр аккаунтов на {RegistryTexts.Date(today)}: {registry.Count} {Russian.Plural(registry.Count, "аккаунт", "аккаунта", "аккаунтов")}";
        outbox.Send(new OutgoingMessage($"registry:export:{context.UserId}:{context.Update.Id}", context.ChatId, caption) { File = file });
        return "Готовлю файл…";
    }
}
