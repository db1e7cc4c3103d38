using System.Globalization;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

public static class Buttons
{
    // A label of up to this many characters (emoji count as one) still reads whole in half the width
    // of a phone screen; a longer one gets a row of its own.
    public const int PairableLength = 18;

    // One button a row: labels stay whole on a phone screen.
    public static InlineKeyboardMarkup Column(IEnumerable<InlineKeyboardButton> buttons) =>
        new(buttons.Select(b => new[] { b }));

    public static InlineKeyboardMarkup Column(params InlineKeyboardButton[] buttons) => Column(buttons.AsEnumerable());

    // Two buttons a row, in the given order, so a long menu fits the screen; a long label takes a
    // row of its own, and so does the last of an odd run.
    public static InlineKeyboardMarkup Grid(IEnumerable<InlineKeyboardButton> buttons) => new(GridRows(buttons));

    public static List<InlineKeyboardButton[]> GridRows(IEnumerable<InlineKeyboardButton> buttons)
    {
        var rows = new List<InlineKeyboardButton[]>();
        InlineKeyboardButton? waiting = null;
        foreach (var button in buttons)
        {
            if (!Pairable(button))
            {
                if (waiting is not null)
                {
                    rows.Add([waiting]);
                    waiting = null;
                }

                rows.Add([button]);
            }
            else if (waiting is null)
            {
                waiting = button;
            }
            else
            {
                rows.Add([waiting, button]);
                waiting = null;
            }
        }

        if (waiting is not null)
        {
            rows.Add([waiting]);
        }

        return rows;
    }

    // A menu's buttons in a grid, with the navigation buttons (e.g. «⬅️ Назад») in a last row of their own.
    public static InlineKeyboardMarkup Grid(IEnumerable<InlineKeyboardButton> buttons, params InlineKeyboardButton[] lastRow)
    {
        var rows = GridRows(buttons);
        if (lastRow.Length > 0)
        {
            rows.Add(lastRow);
        }

        return new InlineKeyboardMarkup(rows);
    }

    private static bool Pairable(InlineKeyboardButton button) =>
        new StringInfo(button.Text).LengthInTextElements <= PairableLength;
}
