using PressHelperBot.Configuration;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// /parked and, while there are any, a line in the admin's menu: the updates the bot could not read
// and skipped (see ParkedUpdates), newest first, with when, what and where reading failed. The
// admin clears the list once they have passed it on.
internal sealed class ParkedUpdatesAdmin(ParkedUpdates parked, PeopleRepository people, CalendarSettings settings, IChatNotifier notifier)
    : ICommandHandler, IMenuContributor, IButtonHandler<ParkedListButton>, IButtonHandler<ClearParkedButton>
{
    private const int Shown = 10;

    public string Command => "parked";

    public string? Description => "сообщения, которые бот не смог прочитать";

    public Audience Audience => Audience.Admin;

    public int Order => 65;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin && parked.Count() is > 0 and var count
            ? [ButtonCodec.Button(ParkedTexts.MenuButton(count), new ParkedListButton())]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(out var keyboard), keyboard, ct);

    public async Task<string?> HandleAsync(BotContext context, ParkedListButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, ListText(out var keyboard), keyboard, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ClearParkedButton button, CancellationToken ct)
    {
        var removed = parked.Clear();
        await notifier.ReplaceAsync(context, ListText(out var keyboard), keyboard, ct);
        return ParkedTexts.Cleared(removed);
    }

    // Opened from the main menu, the list takes its place: «⬅️ Назад» brings the menu back.
    private string ListText(out InlineKeyboardMarkup keyboard)
    {
        var count = parked.Count();
        if (count == 0)
        {
            keyboard = Telegram.Buttons.Column(MainMenu.Back());
            return ParkedTexts.None;
        }

        var lines = parked.Newest(Shown).Select(p => ParkedTexts.Line(
            TimeZoneInfo.ConvertTime(p.ParkedAt, settings.TimeZone),
            p.Kind,
            p.FromId is { } from ? people.Find(from)?.Name : null,
            p.FromId,
            p.Error));
        keyboard = Telegram.Buttons.Column(ButtonCodec.Button(ParkedTexts.ClearButton, new ClearParkedButton()), MainMenu.Back());
        return ParkedTexts.List(count, Math.Min(count, Shown), lines);
    }
}
