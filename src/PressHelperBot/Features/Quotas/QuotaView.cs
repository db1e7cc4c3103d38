using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

// /quota and the "📊 Норма публикаций" button: the current week so far. Staff see their own
// departments and accounts; coordinators, admins and observers see the organisation, every
// department and the accounts that are behind their frequency or silent.
internal sealed class QuotaView(QuotaSnapshot snapshot, IChatNotifier notifier) : ICommandHandler, IButtonHandler<QuotaShowButton>, IMenuContributor
{
    public const string Name = "quota";

    public string Command => Name;

    public string? Description => "норма публикаций: как идёт неделя";

    public Audience Audience => Audience.Registered;

    public int Order => 30;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        [ButtonCodec.Button(QuotaTexts.MenuButton, new QuotaShowButton())];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => ShowAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, QuotaShowButton button, CancellationToken ct)
    {
        await ShowAsync(context, ct);
        return null;
    }

    // A pressed button edits its own message into the first part; further parts follow, and the
    // buttons go under the last one.
    private async Task ShowAsync(BotContext context, CancellationToken ct)
    {
        var (lines, keyboard) = Render(context);
        var parts = QuotaTexts.Messages(lines);
        for (var i = 0; i < parts.Count; i++)
        {
            var buttons = i == parts.Count - 1 ? keyboard : null;
            if (i == 0 && context.Callback is not null)
            {
                await notifier.ReplaceAsync(context, parts[i], buttons, ct);
            }
            else
            {
                await notifier.SendAsync(context.ChatId, parts[i], buttons, ct);
            }
        }
    }

    private (IReadOnlyList<string> Lines, InlineKeyboardMarkup? Keyboard) Render(BotContext context)
    {
        var person = context.Person!;
        var (pace, names) = snapshot.PaceAt(context.Now);
        if (context.Audience == Audience.Staff)
        {
            if (person.DepartmentIds.Count == 0)
            {
                return ([QuotaTexts.NoDepartmentForStaff], null);
            }
            var own = pace with { Departments = [.. pace.Departments.Where(d => person.BelongsTo(d.DepartmentId))] };
            IReadOnlyList<AccountWeek> accounts = [.. pace.Accounts.Where(a => person.BelongsTo(a.DepartmentId) && a.Frequency > 0)];
            return (QuotaTexts.WeekSoFar(own, names, withOrganisation: false, accounts), QuotaKeyboards.ForStaff());
        }
        var keyboard = context.Is(Audience.Deciders)
            ? Telegram.Buttons.Column(ButtonCodec.Button(QuotaTexts.TargetsButton, new QuotaTargetsButton()))
            : null;
        return (QuotaTexts.WeekSoFar(pace, names, withOrganisation: true, [.. pace.Accounts.Where(a => a.IsSilent)]), keyboard);
    }
}
