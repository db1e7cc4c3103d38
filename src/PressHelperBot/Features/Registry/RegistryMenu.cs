using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// /registry and the "🗂 Реестр аккаунтов" menu button: the reports, the registry view, its files and
// the parts of the registry (checklists, «Госпаблики», ЦУР requests, exempt organisations). Every
// press re-checks what the person may see from their stored role and departments.
internal sealed class RegistryMenu(
    RegistryAccess access,
    RegistryView view,
    RegistryFiles files,
    IOutbox outbox,
    OrgCalendar calendar,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor, IButtonHandler<RegistryHomeButton>, IButtonHandler<RegistryViewButton>, IButtonHandler<RegistryFileButton>
{
    public string Command => "registry";

    public string? Description => "реестр аккаунтов в соцсетях";

    public Audience Audience => Audience.Registered;

    public int Order => 400;

    public static InlineKeyboardButton HomeButton() => ButtonCodec.Button(RegistryTexts.BackButton, new RegistryHomeButton());

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience.Registered) != 0 ? [ButtonCodec.Button(RegistryTexts.MenuButton, new RegistryHomeButton())] : [];

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        await notifier.SendAsync(context.ChatId, RegistryTexts.Menu, MenuKeyboard(context), ct);

    public async Task<string?> HandleAsync(BotContext context, RegistryHomeButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, RegistryTexts.Menu, MenuKeyboard(context), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, RegistryViewButton button, CancellationToken ct)
    {
        await ShowAsync(context, button.WithDeleted, ct);
        return null;
    }

    // The file goes through the outbox: uploads are slow and retried there, not in this update.
    public Task<string?> HandleAsync(BotContext context, RegistryFileButton button, CancellationToken ct)
    {
        if (button.File == RegistryFile.InternalXlsx && !RegistryAccess.IsDecider(context.Person))
        {
            return Task.FromResult<string?>(RegistryTexts.InternalOnly);
        }

        var departments = access.Visible(context.Person);
        var listed = files.Accounts(departments, button.WithDeleted);
        var today = calendar.Today(context.Now);
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = button.File switch
        {
            RegistryFile.PublicXlsx => new OutgoingFile($"reestr-{day}.xlsx", RegistryFiles.PublicXlsx(RegistryFiles.PublicRows(listed, departments), RegistryFiles.ExemptRows(departments))),
            RegistryFile.PublicHtml => new OutgoingFile($"reestr-{day}.html", RegistryHtml.Page(RegistryFiles.PublicRows(listed, departments), RegistryFiles.ExemptRows(departments), today)),
            RegistryFile.InternalXlsx => new OutgoingFile($"reestr-vnutrenniy-{day}.xlsx", RegistryFiles.InternalXlsx(listed, departments)),
            _ => throw new StaleButtonException(),
        };
        var caption = RegistryTexts.FileCaption(button.File, today, listed.Count);
        outbox.Send(new OutgoingMessage($"registry:export:{context.UserId}:{context.Update.Id}", context.ChatId, caption) { File = file });
        return Task.FromResult<string?>("Готовлю файл…");
    }

    private InlineKeyboardMarkup MenuKeyboard(BotContext context)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (access.Reportable(context.Person).Count > 0)
        {
            buttons.Add(ButtonCodec.Button(RegistryTexts.CreatedButton, new StartReportButton(ReportKind.Created)));
            buttons.Add(ButtonCodec.Button(RegistryTexts.DeletedButton, new StartReportButton(ReportKind.Deleted)));
            buttons.Add(ButtonCodec.Button(RegistryTexts.ResponsibleButton, new StartReportButton(ReportKind.ResponsibleChanged)));
        }
        buttons.Add(ButtonCodec.Button(RegistryTexts.ViewButton, new RegistryViewButton(false)));
        buttons.Add(ChecklistFeature.OpenButton(fromReminder: false));
        buttons.Add(ButtonCodec.Button(RegistryTexts.GospublikiButton, new GospublikiButton()));
        if (RegistryAccess.IsDecider(context.Person))
        {
            buttons.Add(ButtonCodec.Button(RegistryTexts.CurButton, new CurRequestsButton(false)));
            buttons.Add(ButtonCodec.Button(RegistryTexts.ExemptionsButton, new ExemptionsButton()));
        }
        return Telegram.Buttons.Column(buttons);
    }

    private async Task ShowAsync(BotContext context, bool includeDeleted, CancellationToken ct)
    {
        var pages = view.Pages(access.Visible(context.Person), includeDeleted, context.Now);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[]
            {
                includeDeleted
                    ? ButtonCodec.Button(RegistryTexts.ActiveViewButton, new RegistryViewButton(false))
                    : ButtonCodec.Button(RegistryTexts.DeletedViewButton, new RegistryViewButton(true)),
            },
            new[]
            {
                ButtonCodec.Button(RegistryTexts.XlsxButton, new RegistryFileButton(RegistryFile.PublicXlsx, includeDeleted)),
                ButtonCodec.Button(RegistryTexts.HtmlButton, new RegistryFileButton(RegistryFile.PublicHtml, includeDeleted)),
            },
        };
        if (RegistryAccess.IsDecider(context.Person))
        {
            rows.Add([ButtonCodec.Button(RegistryTexts.InternalXlsxButton, new RegistryFileButton(RegistryFile.InternalXlsx, includeDeleted))]);
        }
        rows.Add([HomeButton()]);
        var keyboard = new InlineKeyboardMarkup(rows);
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
}
