using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using Telegram.Bot.Types.ReplyMarkups;
using TgButtons = PressHelperBot.Telegram.Buttons;

namespace PressHelperBot.Features.Style;

internal static class StyleKeyboards
{
    private const string Name = StyleSettingsFeature.Name;
    public const int WordsPerPage = 10;

    // Each toggle carries the state it sets, not "flip": two coordinators pressing the same stale
    // button both get what the button said, instead of undoing each other.
    public static InlineKeyboardMarkup Settings(IReadOnlySet<FindingKind> disabled, int words) => TgButtons.Column(
        FindingKinds.All
            .Select(kind => TgButtons.Callback(StyleTexts.Toggle(kind, !disabled.Contains(kind)), Name, "set", (int)kind, disabled.Contains(kind) ? 1 : 0))
            .Append(TgButtons.Callback($"{StyleTexts.WordsButton} ({words})", Name, "words", 0))
            .Append(TgButtons.Callback(StyleTexts.AddWordButton, Name, "add"))
            .Append(TgButtons.Callback(StyleTexts.MenuButton, StyleCheckFeature.Name, "menu")));

    public static InlineKeyboardMarkup Words(IReadOnlyList<StyleWord> page, int pageNumber, int pages)
    {
        var rows = page.Select(w => new[] { TgButtons.Callback(StyleTexts.DeleteButton(w.ToEntry()), Name, "del", w.Id, pageNumber) })
            .ToList<InlineKeyboardButton[]>();
        var paging = new List<InlineKeyboardButton>();
        if (pageNumber > 0) paging.Add(TgButtons.Callback("◀️", Name, "words", pageNumber - 1));
        if (pageNumber < pages - 1) paging.Add(TgButtons.Callback("▶️", Name, "words", pageNumber + 1));
        if (paging.Count > 0) rows.Add([.. paging]);
        rows.Add([TgButtons.Callback(StyleTexts.AddWordButton, Name, "add")]);
        rows.Add([TgButtons.Callback(StyleTexts.BackToSettings, Name, "open")]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup AfterAdd() => TgButtons.Column(
        TgButtons.Callback("➕ Добавить ещё", Name, "add"),
        TgButtons.Callback(StyleTexts.WordsButton, Name, "words", 0),
        TgButtons.Callback(StyleTexts.BackToSettings, Name, "open"));

    public static InlineKeyboardMarkup CancelOnly() => TgButtons.Column(CancelFeature.Button());
}
