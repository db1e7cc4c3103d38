using FakeTelegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Start;

// Reported: «🏢 Отделы» replaced the main menu, so the admin had to /start again to get back, while
// «🔗 Пригласить» sent a new message; the coordinator's menu was one column of 11 buttons. Now the menu
// and its sub-menus are one message, each with «⬅️ Назад», and long menus are two columns.
public sealed class MenuNavigationScenarios
{
    [Fact]
    public async Task The_admin_walks_every_sub_menu_and_back_in_the_one_message_of_the_main_menu()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");
        await bot.SettledAsync();
        var messages = admin.BotMessageCount();

        foreach (var (button, shows, deeper) in new (string, string, string?)[]
        {
            ("🏢 Отделы", "Отделы и организации: 1", "Отдел культуры"),
            ("👥 Люди", "Зарегистрировано людей", "⭐ Анна Админова"),
            ("🔗 Пригласить", "Кого пригласить?", "Отдел культуры"),
            ("📋 Заявки", "Заявок на рассмотрении нет", null),
            ("⚙️ Настройки проверки", "Настройки проверки текста", "📖 Свои слова (0)"),
            ("📥 Ждут решения", "Новостей, которые ждут решения, нет", null),
            ("🔎 Проверить текст", "Пришлите текст поста", null),
            ("❓ Помощь", "Вы — администратор", null),
        })
        {
            await admin.PressesAsync(menu, button);
            var sub = await admin.SeesAsync(shows);
            Assert.Equal(menu.MessageId, sub.MessageId);
            if (deeper is not null)
            {
                await admin.PressesAsync(sub, deeper);
                await admin.SeesButtonAsync("⬅️ Назад");
                await admin.PressesAsync(menu, "⬅️ Назад");
                await admin.SeesAsync(shows);
            }

            await admin.PressesAsync(menu, "⬅️ Назад");
            var back = await admin.SeesAsync("Главное меню");
            Assert.Equal(menu.MessageId, back.MessageId);
        }

        await bot.SettledAsync();
        Assert.Equal(messages, admin.BotMessageCount());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_coordinators_main_menu_is_two_columns_and_a_staff_members_sends_news_from_a_row_of_its_own()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        await maria.SendsAsync("/start");
        var coordinators = await maria.SeesAsync("Главное меню");
        await ivan.SendsAsync("/start");
        var staff = await ivan.SeesAsync("Главное меню");

        Assert.True(coordinators.AllButtons.Count() >= 8, coordinators.ToString());
        Assert.All(coordinators.InlineButtons, row => Assert.InRange(row.Count, 1, 2));
        Assert.True(coordinators.InlineButtons.Count <= (coordinators.AllButtons.Count() + 1) / 2 + 2, coordinators.ToString());
        Assert.Equal(["📝 Предложить новость"], staff.InlineButtons[0].Select(b => b.Text));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_result_worth_keeping_stays_and_the_menu_opens_below_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");
        await admin.PressesAsync(menu, "🔗 Пригласить");
        await admin.SeesAsync("Кого пригласить?");
        await admin.PressesAsync(menu, "Отдел культуры");
        await admin.SeesAsync("Сколько человек");
        await admin.PressesAsync(menu, "до 10 человек");
        var link = await admin.SeesAsync("Ссылка-приглашение в подразделение «Отдел культуры»");
        Assert.Equal(menu.MessageId, link.MessageId);

        await admin.PressesAsync(link, "🏠 Главное меню");
        var below = await admin.SeesAsync("Главное меню");
        Assert.NotEqual(link.MessageId, below.MessageId);
        Assert.Contains("Ссылка-приглашение", admin.Chat.Messages.Single(m => m.MessageId == link.MessageId).Text);
        bot.Server.AssertNoViolations();
    }
}
