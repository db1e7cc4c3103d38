using PressHelperBot.Domain.People;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Admin;

public sealed class PeopleAdminScenarios
{
    [Fact]
    public async Task The_admin_promotes_a_staff_member_to_coordinator_who_is_told_and_gets_the_coordinator_commands()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        var admin = bot.Admin;

        await admin.SendsAsync("/people");
        await admin.SeesAsync("Зарегистрировано людей: 2");
        await admin.PressesAsync("👤 Иван Петров");
        await admin.SeesAsync("Роль: сотрудник");
        await admin.PressesAsync("🛠 Сделать координатором");
        await admin.SeesAsync("Роль: координатор");
        await ivan.SeesAsync("теперь вы — координатор");

        Assert.Equal(Role.Coordinator, bot.Seed.Find(ivan)!.Role);
        Assert.Contains(bot.Server.CommandsFor(ivan.Id), c => c.Command == "invite");
        Assert.DoesNotContain(bot.Server.CommandsFor(ivan.Id), c => c.Command == "people");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_admin_makes_someone_an_observer_and_later_staff_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var head = bot.NewPerson("Глава", "Района");
        bot.Seed.Staff(head);
        var admin = bot.Admin;

        await admin.SendsAsync("/people");
        await admin.PressesAsync("👤 Глава Района");
        await admin.PressesAsync("👁 Сделать руководителем");
        await admin.SeesAsync("Роль: руководитель");
        Assert.Equal(Role.Observer, bot.Seed.Find(head)!.Role);
        await admin.PressesAsync("👤 Сделать сотрудником");
        await admin.SeesAsync("Роль: сотрудник");

        Assert.Equal(Role.Staff, bot.Seed.Find(head)!.Role);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_blocked_person_gets_a_short_refusal_and_is_let_back_in_after_unblocking()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        var admin = bot.Admin;

        await admin.SendsAsync("/people");
        await admin.PressesAsync("👤 Иван Петров");
        await admin.PressesAsync("🚫 Заблокировать");
        await admin.SeesAsync("Доступ к боту закрыт");
        Assert.True(bot.Seed.Find(ivan)!.IsBlocked);
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Доступ к боту закрыт");

        await admin.PressesAsync("✅ Разблокировать");
        await admin.SeesButtonAsync("🚫 Заблокировать");
        Assert.False(bot.Seed.Find(ivan)!.IsBlocked);
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Главное меню");
        bot.Server.AssertNoViolations();
    }
}
