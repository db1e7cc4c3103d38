using FakeTelegram;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Features.Registry;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

public sealed class ChecklistScenarios
{
    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public async Task Staff_tick_the_security_checklist_and_the_monthly_reminder_lists_only_the_gaps_once()
    {
        await using var bot = await RegistryChat.StartAsync();
        var school = bot.Seed.Department("Школа №2");
        var library = bot.Seed.Department("Библиотека");
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, school);
        var petr = bot.NewPerson("Пётр");
        bot.Seed.Staff(petr, library);
        var account = Account.Register(school.Id, SocialNetwork.Vk, null, "vk.com/school2", "Школа №2", new DateOnly(2026, 11, 2),
            ResponsiblePerson.Create("Иванова Анна", "специалист", "@ivanova_a"), 1, bot.Clock.GetUtcNow(), bot.Get<OrgCalendar>());
        bot.Get<AccountRepository>().Add(account);

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("🛡 Безопасность и реквизиты");
        await ivan.SeesAsync("Не всё отмечено у 1 аккаунта.");
        await ivan.PressesAsync("⚠️ ВКонтакте: Школа №2");
        await ivan.SeesAsync("⬜️ двухфакторная аутентификация");
        await ivan.PressesAsync("⬜️ двухфакторная аутентификация");
        var card = await ivan.SeesAsync("✅ двухфакторная аутентификация");
        Assert.Contains("⬜️ подключение к «Госпабликам»", card.Text);
        Assert.True(bot.Get<AccountRepository>().Find(account.Id)!.Checklist.TwoFactor);

        await petr.SendsAsync("/start");
        var press = await petr.SendsCallbackAsync(petr.Chat.LastBotMessage?.MessageId ?? 1, ButtonCodec.Encode(new ToggleSecurityButton(account.Id, SecurityItem.MarkedOfficial)));
        Assert.Equal("Кнопка устарела", await petr.WaitForCallbackAnswerAsync(press));
        Assert.False(bot.Get<AccountRepository>().Find(account.Id)!.Checklist.MarkedOfficial);

        var firstOfMonth = bot.Get<OrgCalendar>().Instant(new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await bot.AdvanceToAsync(firstOfMonth.AddMinutes(-1));
        Assert.Equal(0, Count(ivan, "Проверка аккаунтов"));
        await bot.AdvanceToAsync(firstOfMonth);
        var reminder = await ivan.SeesAsync("Проверка аккаунтов: подразделение «Школа №2»");
        Assert.Contains("не отмечено: отметка официального аккаунта, подключение к «Госпабликам»", reminder.Text);
        Assert.Contains("нет на странице: описание: чья это страница, адрес, геолокация, электронная почта, телефоны справочной службы, "
            + "ссылка на официальный сайт, оформление: обложка и аватар", reminder.Text);
        Assert.Contains("Амурзет, раздел 2, пункт 1.1", reminder.Text);
        Assert.DoesNotContain("двухфакторная", reminder.Text);
        await ivan.PressesAsync(reminder, "🛡 Безопасность и реквизиты");
        await ivan.SeesAsync("Не всё отмечено у 1 аккаунта.");
        Assert.Contains("Проверка аккаунтов", ivan.Chat.Messages.Single(m => m.MessageId == reminder.MessageId).Text);

        await bot.RestartAsync();
        await bot.AdvanceToAsync(firstOfMonth.AddHours(2));
        Assert.Equal(1, Count(ivan, "Проверка аккаунтов"));
        Assert.Equal(0, Count(petr, "Проверка аккаунтов"));
        bot.Server.AssertNoViolations();
    }
}
