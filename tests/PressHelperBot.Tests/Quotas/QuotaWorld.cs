using FakeTelegram;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Tests.Publications;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Quotas;

// The organisation most quota scenarios start from, in the week of Monday 23.11.2026:
// Отдел культуры (target 2; its item planned for Tuesday already went out on Monday in the VK
// account «Администрация района», nothing else planned: behind) with Иван, Мария and a blocked
// colleague; Отдел спорта (target 1, 1 planned for Thursday: on target if it goes out) with Пётр;
// Архив (target 0) with Зоя; Ольга coordinates, Виктор observes; the admin is there too.
internal sealed record QuotaWorld(FakeUser Ivan, FakeUser Maria, FakeUser Blocked, FakeUser Petr, FakeUser Zero, FakeUser Olga, FakeUser Viktor)
{
    public IEnumerable<FakeUser> Everyone => [Ivan, Maria, Blocked, Petr, Zero, Olga, Viktor];

    public static QuotaWorld Create(BotUnderTest bot)
    {
        var culture = bot.Department("Отдел культуры", 2);
        var sport = bot.Department("Отдел спорта", 1);
        var archive = bot.Department("Архив", 0);
        var world = new QuotaWorld(
            bot.NewPerson("Иван"), bot.NewPerson("Мария"), bot.NewPerson("Семён"), bot.NewPerson("Пётр"), bot.NewPerson("Зоя"),
            bot.NewPerson("Ольга", "Координатова"), bot.NewPerson("Виктор", "Руководитель"));
        bot.Seed.Staff(world.Ivan, culture);
        bot.Seed.Staff(world.Maria, culture);
        bot.Seed.Blocked(world.Blocked, culture);
        bot.Seed.Staff(world.Petr, sport);
        bot.Seed.Staff(world.Zero, archive);
        bot.Seed.Coordinator(world.Olga);
        bot.Seed.Observer(world.Viktor);
        var cultureItem = bot.Planned(culture, "2026-11-24");
        bot.Planned(sport, "2026-11-26");
        var vk = bot.Account(culture, SocialNetwork.Vk, "https://vk.com/club100", "Администрация района");
        bot.PublishedIn(vk, "https://vk.com/wall-100_1", "2026-11-23", cultureItem);
        return world;
    }
}
