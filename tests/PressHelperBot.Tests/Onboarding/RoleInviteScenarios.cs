using System.Text.RegularExpressions;
using FakeTelegram;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Onboarding;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Onboarding;

// Reported: making a coordinator took a staff invite into some department, then about four presses of
// the admin, and the new coordinator stayed in that department's staff. Now the invite carries the role.
public sealed partial class RoleInviteScenarios
{
    [Fact]
    public async Task The_admin_issues_a_coordinator_invite_and_the_person_who_opens_it_is_a_coordinator_with_the_coordinators_menu()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");

        await admin.PressesAsync("🔗 Пригласить");
        var whom = await admin.SeesAsync("Кого пригласить?");
        Assert.Equal(menu.MessageId, whom.MessageId);
        await admin.PressesAsync("🛠 Координатора");
        var invite = await admin.SeesAsync("Ссылка-приглашение для координатора");
        Assert.Equal(menu.MessageId, invite.MessageId);
        Assert.Contains("Ссылка для одного человека", invite.Text);
        var code = CodeIn(invite);

        var olga = bot.NewPerson("Ольга", "Иванова");
        await olga.SendsAsync($"/start {code}");
        var welcome = await olga.SeesAsync("Добро пожаловать, Ольга Иванова! Вы зарегистрированы как координатор");
        await bot.SettledAsync();

        var person = bot.Seed.Find(olga)!;
        Assert.Equal(Role.Coordinator, person.Role);
        Assert.Empty(person.DepartmentIds);
        Assert.Contains("📥 Ждут решения", welcome.ButtonLabels());
        Assert.Contains("🔗 Пригласить", welcome.ButtonLabels());
        Assert.DoesNotContain("📝 Предложить новость", welcome.ButtonLabels());
        Assert.DoesNotContain("👥 Люди", welcome.ButtonLabels());
        Assert.Contains(bot.Server.CommandsFor(olga.Id), c => c.Command == "pending");

        var entry = Assert.Single(Audit(bot), e => e.Subject == "Ольга Иванова: роль");
        Assert.Equal((BotUnderTest.AdminId, "Анна Админова", "—", "координатор (по ссылке-приглашению)"), (entry.ActorId, entry.ActorName, entry.Before, entry.After));

        // One person per link: the next one is told to ask the admin.
        var petr = bot.NewPerson("Пётр", "Сидоров");
        await petr.SendsAsync($"/start {code}");
        await petr.SeesAsync("Эта ссылка-приглашение уже использована. Попросите администратора прислать новую.");
        Assert.Null(bot.Seed.Find(petr));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_observer_invite_registers_a_head_who_reads_the_plan_and_decides_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/invite");
        await admin.SeesAsync("Отделов пока нет");
        await admin.PressesAsync("👁 Руководителя");
        var invite = await admin.SeesAsync("Ссылка-приглашение для руководителя");

        var head = bot.NewPerson("Глава", "Района");
        await head.SendsAsync($"/start {CodeIn(invite)}");
        var welcome = await head.SeesAsync("Вы зарегистрированы как руководитель");
        await bot.SettledAsync();

        Assert.Equal(Role.Observer, bot.Seed.Find(head)!.Role);
        Assert.DoesNotContain("📥 Ждут решения", welcome.ButtonLabels());
        Assert.DoesNotContain("📝 Предложить новость", welcome.ButtonLabels());
        Assert.DoesNotContain(bot.Server.CommandsFor(head.Id), c => c.Command is "pending" or "invite" or "new");
        Assert.Contains(Audit(bot), e => e.Subject == "Глава Района: роль" && e.After == "руководитель (только просмотр) (по ссылке-приглашению)");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_staff_member_who_opens_a_coordinator_invite_becomes_a_coordinator_and_leaves_the_department()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, culture);
        var invite = RoleInvite(bot, Role.Coordinator, BotUnderTest.AdminId);

        await ivan.SendsAsync($"/start {invite.Code}");
        var menu = await ivan.SeesAsync("Готово: теперь вы — координатор. Вы больше не числитесь сотрудником: Отдел культуры.");

        Assert.DoesNotContain("📝 Предложить новость", menu.ButtonLabels());
        Assert.Empty(bot.Seed.Find(ivan)!.DepartmentIds);
        Assert.Empty(bot.Get<PeopleRepository>().InDepartment(culture.Id));
        Assert.Contains(Audit(bot), e => e.Subject == "Иван Петров: отделы" && e.Before == "Отдел культуры" && e.After == "—");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_invite_never_lowers_a_role_and_stops_working_when_its_issuer_is_no_longer_an_admin()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        var observerInvite = RoleInvite(bot, Role.Observer, BotUnderTest.AdminId);
        await maria.SendsAsync($"/start {observerInvite.Code}");
        await maria.SeesAsync("Вы уже координатор: приглашение вам не нужно");
        Assert.Equal(Role.Coordinator, bot.Seed.Find(maria)!.Role);
        Assert.Equal(0, bot.Get<InviteRepository>().Find(observerInvite.Code)!.Uses);

        // Issued by someone who has left ADMIN_IDS since.
        var orphan = RoleInvite(bot, Role.Coordinator, createdBy: 555);
        var ivan = bot.NewPerson("Иван", "Петров");
        await ivan.SendsAsync($"/start {orphan.Code}");
        var refusal = await ivan.SeesAsync("Эта ссылка-приглашение больше не действует");
        Assert.Contains("📝 Подать заявку", refusal.ButtonLabels());
        Assert.Null(bot.Seed.Find(ivan));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Only_admins_issue_role_invites_and_forged_presses_are_refused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department("Отдел спорта"));

        await maria.SendsAsync("/start");
        await maria.PressesAsync("🔗 Пригласить");
        var whom = await maria.SeesAsync("В какой отдел пригласить?");
        Assert.DoesNotContain("🛠 Координатора", whom.ButtonLabels());
        Assert.Contains("⬅️ Назад", whom.ButtonLabels());

        var byCoordinator = await maria.SendsCallbackAsync(whom.MessageId, ButtonCodec.Encode(new IssueRoleInviteButton(Role.Coordinator)));
        Assert.Equal("Приглашать координаторов и руководителей может только администратор", await maria.WaitForCallbackAnswerAsync(byCoordinator));
        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesAsync("Главное меню");
        var byStaff = await ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new IssueRoleInviteButton(Role.Observer)));
        Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(byStaff));
        await bot.Admin.SendsAsync("/start");
        var adminMenu = await bot.Admin.SeesAsync("Главное меню");
        var adminRole = await bot.Admin.SendsCallbackAsync(adminMenu.MessageId, ButtonCodec.Encode(new IssueRoleInviteButton(Role.Admin)));
        Assert.Equal("Приглашать координаторов и руководителей может только администратор", await bot.Admin.WaitForCallbackAnswerAsync(adminRole));

        await bot.SettledAsync();
        Assert.DoesNotContain(bot.Server.CallsTo("sendMessage").Concat(bot.Server.CallsTo("editMessageText")), c => c.Parameters["text"]?.ToString()?.Contains("Ссылка-приглашение для", StringComparison.Ordinal) == true);
        bot.Server.AssertNoViolations();
    }

    private static Invite RoleInvite(BotUnderTest bot, Role role, long createdBy)
    {
        var invite = Invite.IssueForRole(InviteCode.New(), role, createdBy, TimeSpan.FromDays(7), bot.Clock.GetUtcNow());
        bot.Get<InviteRepository>().Add(invite);
        return invite;
    }

    private static IReadOnlyList<AuditEntry> Audit(BotUnderTest bot) =>
        bot.Get<AuditLog>().Between(BotUnderTest.Monday0900Moscow.AddYears(-1), BotUnderTest.Monday0900Moscow.AddYears(1));

    private static string CodeIn(BotMessage invite)
    {
        var link = DeepLink().Match(invite.Text);
        Assert.True(link.Success, invite.Text);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"https://t\.me/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)")]
    private static partial Regex DeepLink();
}
