using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;
using TgButtons = PressHelperBot.Telegram.Buttons;

namespace PressHelperBot.Features.Style;

internal static class StyleKeyboards
{
    public const int WordsPerPage = 10;

    // Each toggle carries the state it sets (see SetCheckButton). The settings are a sub-menu of the
    // main menu: «⬅️ Назад» brings it back.
    public static InlineKeyboardMarkup Settings(IReadOnlySet<FindingKind> disabled, int words) => TgButtons.Grid(
        FindingKinds.All
            .Select(kind => ButtonCodec.Button(StyleTexts.Toggle(kind, !disabled.Contains(kind)), new SetCheckButton(kind, Enabled: disabled.Contains(kind))))
            .Append(ButtonCodec.Button($"{StyleTexts.WordsButton} ({words})", new StyleWordsButton(0)))
            .Append(ButtonCodec.Button(StyleTexts.AddWordButton, new AddStyleWordButton())),
        MainMenu.Back());

    public static InlineKeyboardMarkup Words(IReadOnlyList<StyleWord> page, int pageNumber, int pages)
    {
        var rows = page.Select(w => new[] { ButtonCodec.Button(StyleTexts.DeleteButton(w.ToEntry()), new DeleteStyleWordButton(w.Id, pageNumber)) })
            .ToList<InlineKeyboardButton[]>();
        var paging = new List<InlineKeyboardButton>();
        if (pageNumber > 0) paging.Add(ButtonCodec.Button("◀️", new StyleWordsButton(pageNumber - 1)));
        if (pageNumber < pages - 1) paging.Add(ButtonCodec.Button("▶️", new StyleWordsButton(pageNumber + 1)));
        if (paging.Count > 0) rows.Add([.. paging]);
        rows.Add([ButtonCodec.Button(StyleTexts.AddWordButton, new AddStyleWordButton())]);
        rows.Add([BackToSettings()]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup AfterAdd() => TgButtons.Column(
        ButtonCodec.Button("➕ Добавить ещё", new AddStyleWordButton()),
        ButtonCodec.Button(StyleTexts.WordsButton, new StyleWordsButton(0)),
        ButtonCodec.Button(StyleTexts.ToSettings, new StyleSettingsButton()));

    public static InlineKeyboardMarkup CancelOnly() => TgButtons.Column(CancelFeature.Button());

    private static InlineKeyboardButton BackToSettings() => ButtonCodec.Button(StyleTexts.BackButton, new StyleSettingsButton());
}
