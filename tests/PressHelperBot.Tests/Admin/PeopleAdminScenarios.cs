using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Admin;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
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
        await bot.SettledAsync();

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

    [Fact]
    public async Task A_promoted_coordinator_leaves_the_department_unless_the_admin_keeps_them_there_on_purpose()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, culture);
        var admin = bot.Admin;

        await admin.SendsAsync("/people");
        await admin.PressesAsync("👤 Иван Петров");
        await admin.PressesAsync("🛠 Сделать координатором");
        var card = await admin.SeesAsync("Больше не числится сотрудником: Отдел культуры.");
        Assert.Contains("Отделы: —", card.Text);
        await ivan.SeesAsync("Вы больше не числитесь сотрудником: Отдел культуры.");
        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesAsync("Главное меню");
        Assert.DoesNotContain("📝 Предложить новость", menu.ButtonLabels());
        Assert.Empty(bot.Get<PeopleRepository>().InDepartment(culture.Id));

        // The admin wants this coordinator to keep sending the department's news.
        await admin.PressesAsync(card, "🏢 Отделы");
        var departments = await admin.SeesAsync("в каких отделах числится");
        Assert.Equal(card.MessageId, departments.MessageId);
        await admin.PressesAsync("⬜ Отдел культуры");
        await admin.SeesButtonAsync("✅ Отдел культуры");
        await ivan.SeesAsync("Теперь вы числитесь сотрудником: Отдел культуры.");
        await admin.PressesAsync("⬅️ Назад");
        await admin.SeesAsync("Отделы: Отдел культуры");

        Assert.Equal(Role.Coordinator, bot.Seed.Find(ivan)!.Role);
        Assert.Single(bot.Get<PeopleRepository>().InDepartment(culture.Id));
        await ivan.SendsAsync("/start");
        menu = await ivan.SeesAsync("Главное меню");
        Assert.Contains("📝 Предложить новость", menu.ButtonLabels());

        var audit = bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddDays(-1), bot.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(
            [("Иван Петров: роль", "сотрудник", "координатор"), ("Иван Петров: отделы", "Отдел культуры", "—"), ("Иван Петров: отделы", "—", "Отдел культуры")],
            audit.Select(e => (e.Subject, e.Before, e.After)));
        Assert.All(audit, e => Assert.Equal((BotUnderTest.AdminId, AuditArea.Roles), (e.ActorId, e.Area)));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Blocking_and_unblocking_are_in_the_audit_log_and_nobody_blocks_themselves_or_becomes_admin_by_a_button()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        var admin = bot.Admin;

        await admin.SendsAsync("/people");
        await admin.PressesAsync("👤 Иван Петров");
        var card = await admin.SeesButtonAsync("🚫 Заблокировать");
        var block = ButtonCodec.Encode(new BlockButton(ivan.Id, Blocked: true));
        Assert.Equal("Доступ к боту закрыт", await admin.WaitForCallbackAnswerAsync(await admin.SendsCallbackAsync(card.MessageId, block)));
        Assert.Equal("Доступ к боту закрыт", await admin.WaitForCallbackAnswerAsync(await admin.SendsCallbackAsync(card.MessageId, block)));
        await admin.PressesAsync("✅ Разблокировать");
        await ivan.SeesAsync("Доступ к боту снова открыт");

        var self = await admin.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new BlockButton(BotUnderTest.AdminId, Blocked: true)));
        Assert.Equal("Себя и администраторов заблокировать нельзя", await admin.WaitForCallbackAnswerAsync(self));
        var toAdmin = await admin.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new ChangeRoleButton(ivan.Id, Role.Admin)));
        Assert.Equal("Кнопка устарела", await admin.WaitForCallbackAnswerAsync(toAdmin));
        await bot.SettledAsync();

        Assert.Equal(Role.Staff, bot.Seed.Find(ivan)!.Role);
        Assert.False(bot.Seed.Find(ivan)!.IsBlocked);
        Assert.False(bot.Seed.Find(admin)!.IsBlocked);
        var audit = bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddDays(-1), bot.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(
            [(AuditArea.Blocks, "доступ открыт", "заблокирован"), (AuditArea.Blocks, "заблокирован", "доступ открыт")],
            audit.Select(e => (e.Area, e.Before, e.After)));
        Assert.All(audit, e => Assert.Equal("Иван Петров", e.Subject));
        bot.Server.AssertNoViolations();
    }
}
