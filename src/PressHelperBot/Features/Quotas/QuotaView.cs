using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

// /quota and the "📊 Квоты" button: the current week so far. Staff see their own departments;
// coordinators, admins and observers see the organisation and every department.
internal sealed class QuotaView(QuotaSnapshot snapshot, IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "quota";

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "квоты публикаций: неделя по отделам";

    public Audience Audience => Audience.Registered;

    public int Order => 30;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        [Telegram.Buttons.Callback(QuotaTexts.MenuButton, Name, "show")];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        var (text, keyboard) = Render(context);
        return notifier.SendAsync(context.ChatId, text, keyboard, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        if (data.Action != "show")
        {
            throw new StaleButtonException();
        }
        var (text, keyboard) = Render(context);
        await notifier.ReplaceAsync(context, text, keyboard, ct);
        return null;
    }

    private (string Text, InlineKeyboardMarkup? Keyboard) Render(BotContext context)
    {
        var person = context.Person!;
        var (pace, names) = snapshot.PaceAt(context.Now);
        if (context.Audience == Audience.Staff)
        {
            if (person.DepartmentIds.Count == 0)
            {
                return (QuotaTexts.NoDepartmentForStaff, null);
            }
            var own = pace with { Departments = [.. pace.Departments.Where(d => person.BelongsTo(d.DepartmentId))] };
            return (QuotaTexts.WeekSoFar(own, names, withOrganisation: false), QuotaKeyboards.SuggestNews());
        }
        var keyboard = context.Is(Audience.Deciders)
            ? Telegram.Buttons.Column(Telegram.Buttons.Callback(QuotaTexts.TargetsButton, QuotaTargets.Name, "list"))
            : null;
        return (QuotaTexts.WeekSoFar(pace, names, withOrganisation: true), keyboard);
    }
}
