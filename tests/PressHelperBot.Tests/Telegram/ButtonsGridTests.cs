using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Tests.Telegram;

public sealed class ButtonsGridTests
{
    [Fact]
    public void Short_labels_pair_up_in_order_and_a_long_one_takes_a_row_of_its_own()
    {
        var buttons = new[] { "📥 Ждут решения", "🔎 Проверить текст", "🔗 Пригласить", "⚙️ Настройки проверки", "📋 Заявки", "❓ Помощь", "🗂 Реестр" }
            .Select(label => InlineKeyboardButton.WithCallbackData(label, "x"));

        var rows = Buttons.Grid(buttons, InlineKeyboardButton.WithCallbackData("⬅️ Назад", "back")).InlineKeyboard
            .Select(row => row.Select(b => b.Text).ToArray()).ToList();

        Assert.Equal(
            [
                ["📥 Ждут решения", "🔎 Проверить текст"],
                ["🔗 Пригласить"],
                ["⚙️ Настройки проверки"],
                ["📋 Заявки", "❓ Помощь"],
                ["🗂 Реестр"],
                ["⬅️ Назад"],
            ],
            rows);
    }
}
