using System.Globalization;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Plan;

// Callback data of the plan: "v1:plan:<action>:<submission id>:<planned date>[:<target>]". The
// planned date the button was drawn for travels with it, so a press on an item that has been moved,
// published or taken out since (or a forged press naming another week) is recognised and refused.
internal static class PlanButtons
{
    public const string Feature = "plan";

    public const string ShowWeek = "w";
    public const string Item = "i";
    public const string Move = "mv";
    public const string MoveTo = "to";
    public const string TypeDate = "mt";
    public const string Unschedule = "un";
    public const string UnscheduleNow = "u0";
    public const string Publish = "pb";
    public const string FullText = "tx";
    public const string Excel = "x";
    public const string Ics = "c";
    public const string Period = "pp";

    public static InlineKeyboardButton Button(string label, string action, params object[] args) =>
        Buttons.Callback(label, Feature, action, args);

    public static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly DayArg(CallbackData data, int index) =>
        DateOnly.TryParseExact(data.Arg(index), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= 2000 and <= 2100
            ? date
            : throw new StaleButtonException();
}
