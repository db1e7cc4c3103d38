using PressHelperBot.Features.Publications;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

internal static class QuotaKeyboards
{
    // The submission flow's own start button (what /new and its menu button do), so a reminder
    // leads straight into sending news, and the report of a publication that already went out;
    // those features check who may do what.
    public static InlineKeyboardMarkup ForStaff() => Telegram.Buttons.Column(
        ButtonCodec.Button(PublicationTexts.MenuButton, new ReportButton()),
        DraftKeyboards.Draft(QuotaTexts.SuggestButton, DraftAction.Begin));
}
