using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Admin;

public sealed class DepartmentAdminScenarios
{
    [Fact]
    public async Task The_admin_gets_a_menu_and_creates_a_subordinate_organisation_with_the_default_quota_of_two()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;

        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");
        Assert.Contains("🏢 Отделы", menu.ButtonLabels());
        Assert.Contains("👥 Люди", menu.ButtonLabels());
        await admin.PressesAsync("🏢 Отделы");
        await admin.SeesAsync("Отделов пока нет");
        await admin.PressesAsync("➕ Добавить отдел");
        await admin.SeesAsync("Как называется");
        await admin.SendsAsync("Школа № 1");
        await admin.SeesAsync("это отдел администрации или подведомственная организация");
        await admin.PressesAsync("Подведомственная организация");
        await admin.SeesAsync("Сколько публикаций в неделю");
        await admin.PressesAsync("Оставить 2");
        await admin.SeesAsync("Создано");

        var school = Assert.Single(bot.Get<DepartmentRepository>().All());
        Assert.Equal("Школа № 1", school.Name);
        Assert.Equal(DepartmentKind.SubordinateOrganisation, school.Kind);
        Assert.Equal(2, school.WeeklyQuota);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_department_of_the_administration_takes_a_typed_quota_after_a_wrong_one()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;

        await admin.SendsAsync("/departments");
        await admin.PressesAsync("➕ Добавить отдел");
        await admin.SeesAsync("Как называется");
        await admin.SendsAsync("Отдел культуры");
        await admin.SeesAsync("это отдел администрации");
        await admin.SendsAsync("отдел");
        await admin.SeesAsync("Выберите вид кнопкой");
        await admin.PressesAsync("Отдел администрации");
        await admin.SeesAsync("оставьте 1 (по умолчанию)");
        await admin.SendsAsync("много");
        await admin.SeesAsync("Нужно целое число");
        await admin.SendsAsync("3");
        await admin.SeesAsync("Создано");

        var culture = Assert.Single(bot.Get<DepartmentRepository>().All());
        Assert.Equal(DepartmentKind.AdministrationDepartment, culture.Kind);
        Assert.Equal(3, culture.WeeklyQuota);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Empty_duplicate_and_overlong_names_are_refused_with_a_reason()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var admin = bot.Admin;

        await admin.SendsAsync("/departments");
        await admin.PressesAsync("➕ Добавить отдел");
        await admin.SeesAsync("Как называется");
        await admin.SendsStickerAsync();
        await admin.SeesAsync("Нужно название текстом");
        await admin.SendsAsync("отдел культуры");
        await admin.SeesAsync("уже есть");
        await admin.SendsAsync(new string('ы', 5000));
        await admin.SeesAsync("Слишком длинно");

        Assert.Single(bot.Get<DepartmentRepository>().All());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_admin_renames_changes_the_quota_of_and_deletes_a_department()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, culture);
        var admin = bot.Admin;

        await admin.SendsAsync("/departments");
        await admin.SeesAsync("Выберите, чтобы изменить");
        await admin.PressesAsync("Отдел культуры");
        await admin.SeesAsync("Сотрудников: 1");
        await admin.PressesAsync("✏️ Переименовать");
        await admin.SeesAsync("Новое название");
        await admin.SendsAsync("Комитет по культуре");
        await admin.SeesAsync("Комитет по культуре");
        await admin.PressesAsync("🔢 Изменить норму");
        await admin.SeesAsync("Напишите новое число");
        await admin.SendsAsync("4");
        await admin.SeesAsync("Норма: 4 публикации");
        Assert.Equal("Комитет по культуре", bot.Get<DepartmentRepository>().Find(culture.Id)!.Name);

        await admin.PressesAsync("🗑 Удалить");
        await admin.SeesAsync("Удалить подразделение «Комитет по культуре»? Сотрудников здесь: 1. Из бота они не пропадут.");
        await admin.PressesAsync("🗑 Да, удалить");
        await admin.SeesAsync("Готово: подразделение «Комитет по культуре» удалено.");

        Assert.Empty(bot.Get<DepartmentRepository>().All());
        Assert.Empty(bot.Seed.Find(ivan)!.DepartmentIds);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Cancel_leaves_creating_a_department_and_nothing_is_created()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/departments");
        await admin.PressesAsync("➕ Добавить отдел");
        await admin.SendsAsync("Отдел спорта");
        await admin.SeesAsync("это отдел администрации");

        await admin.SendsAsync("/cancel");
        await admin.SeesAsync("Отменено");

        Assert.Empty(bot.Get<DepartmentRepository>().All());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Creating_renaming_re_quotaing_and_deleting_a_department_leave_audit_entries_by_the_admin()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/departments");
        await admin.PressesAsync("➕ Добавить отдел");
        await admin.SendsAsync("Отдел спорта");
        await admin.PressesAsync("Отдел администрации");
        await admin.SendsAsync("3");
        var card = await admin.SeesAsync("Создано");
        await admin.PressesAsync(card, "✏️ Переименовать");
        await admin.SendsAsync("Комитет по спорту");
        await admin.SeesAsync("Сотрудников: 0");
        await admin.PressesAsync("🔢 Изменить норму");
        await admin.SendsAsync("4");
        await admin.SeesAsync("Норма: 4 публикации");
        await admin.PressesAsync("🗑 Удалить");
        await admin.PressesAsync("🗑 Да, удалить");
        await admin.SeesAsync("удалено");

        var audit = bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddDays(-1), bot.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(
            [
                (AuditArea.Departments, "Отдел спорта", "—", "создано: отдел администрации"),
                (AuditArea.Quotas, "Отдел спорта: норма публикаций", "—", "3 публикации в неделю"),
                (AuditArea.Departments, "Отдел спорта: название", "Отдел спорта", "Комитет по спорту"),
                (AuditArea.Quotas, "Комитет по спорту: норма публикаций", "3 публикации в неделю", "4 публикации в неделю"),
                (AuditArea.Departments, "Комитет по спорту", "отдел администрации, сотрудников: 0", "удалено"),
            ],
            audit.Select(e => (e.Area, e.Subject, e.Before, e.After)));
        Assert.All(audit, e => Assert.Equal((BotUnderTest.AdminId, "Анна Админова"), (e.ActorId, e.ActorName)));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Back_from_a_typed_step_leaves_it_and_what_is_typed_afterwards_is_not_taken_for_a_name()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");
        await admin.PressesAsync("🏢 Отделы");
        await admin.PressesAsync("➕ Добавить отдел");
        var ask = await admin.SeesAsync("Как называется");
        Assert.Equal(menu.MessageId, ask.MessageId);

        await admin.PressesAsync("⬅️ Назад");
        var list = await admin.SeesAsync("Отделов пока нет");
        Assert.Equal(menu.MessageId, list.MessageId);
        await admin.SendsAsync("Отдел захвата");
        await admin.SeesAsync("Не понимаю сообщение");

        Assert.Empty(bot.Get<DepartmentRepository>().All());
        bot.Server.AssertNoViolations();
    }
}
