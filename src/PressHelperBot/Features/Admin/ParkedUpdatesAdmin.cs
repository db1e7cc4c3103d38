using PressHelperBot.Configuration;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// /parked and, while there are any, a line in the admin's menu: the updates the bot could not read
// and skipped (see ParkedUpdates), newest first, with when, what and where reading failed. The
// admin clears the list once they have passed it on.
internal sealed class ParkedUpdatesAdmin(ParkedUpdates parked, PeopleRepository people, CalendarSettings settings, IChatNotifier notifier)
    : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "prk";

    private const int Shown = 10;

    public string Command => "parked";

    public string Feature => Name;

    public string? Description => "сообщения, которые бот не смог прочитать";

    public Audience Audience => Audience.Admin;

    public int Order => 65;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin && parked.Count() is > 0 and var count
            ? [Telegram.Buttons.Callback(ParkedTexts.MenuButton(count), Name, "list")]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(out var keyboard), keyboard, ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        string? answer = null;
        switch (data.Action)
        {
            case "list":
                break;
            case "clear":
                var removed = parked.Clear();
                answer = ParkedTexts.Cleared(removed);
                break;
            default:
                throw new StaleButtonException();
        }

        await notifier.ReplaceAsync(context, ListText(out var keyboard), keyboard, ct);
        return answer;
    }

    private string ListText(out InlineKeyboardMarkup? keyboard)
    {
        var count = parked.Count();
        if (count == 0)
        {
            keyboard = null;
            return ParkedTexts.None;
        }

        var lines = parked.Newest(Shown).Select(p => ParkedTexts.Line(
            TimeZoneInfo.ConvertTime(p.ParkedAt, settings.TimeZone),
            p.Kind,
            p.FromId is { } from ? people.Find(from)?.Name : null,
            p.FromId,
            p.Error));
        keyboard = Telegram.Buttons.Column(Telegram.Buttons.Callback(ParkedTexts.ClearButton, Name, "clear"));
        return ParkedTexts.List(count, Math.Min(count, Shown), lines);
    }
}
