using PressHelperBot.Features.Submissions;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Quotas;

internal static class QuotaKeyboards
{
    // The submission flow's own start button (what /new and its menu button do), so a reminder
    // leads straight into sending news; that feature checks who may send.
    public static InlineKeyboardMarkup SuggestNews() =>
        Telegram.Buttons.Column(DraftKeyboards.Draft(QuotaTexts.SuggestButton, DraftAction.Begin));
}
