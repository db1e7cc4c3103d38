using System.Text.RegularExpressions;
using PressHelperBot.Domain.People;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Onboarding;

public sealed partial class InviteScenarios
{
    [Fact]
    public async Task A_coordinator_creates_an_invite_and_the_person_who_opens_it_becomes_staff_of_that_department()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);

        await maria.SendsAsync("/start");
        await maria.SeesAsync("Главное меню");
        await maria.PressesAsync("🔗 Пригласить");
        await maria.SeesAsync("В какой отдел");
        await maria.PressesAsync("Отдел культуры");
        await maria.SeesAsync("Сколько человек");
        await maria.PressesAsync("1 человек");
        var invite = await maria.SeesAsync("Ссылка-приглашение");
        var link = DeepLink().Match(invite.Text);
        Assert.True(link.Success, invite.Text);
        Assert.Equal(bot.Server.BotUsername, link.Groups[1].Value);

        var ivan = bot.NewPerson("Иван", "Петров");
        await ivan.SendsAsync($"/start {link.Groups[2].Value}");
        await ivan.SeesAsync("Добро пожаловать, Иван Петров");

        var person = bot.Seed.Find(ivan)!;
        Assert.Equal(Role.Staff, person.Role);
        Assert.Equal([culture.Id], person.DepartmentIds);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_single_use_invite_opened_a_second_time_says_it_is_used_up()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var invite = bot.Seed.Invite(bot.Seed.Department(), maxUses: 1);
        var ivan = bot.NewPerson("Иван");
        var olga = bot.NewPerson("Ольга");

        await ivan.SendsAsync($"/start {invite.Code}");
        await ivan.SeesAsync("Добро пожаловать");
        await olga.SendsAsync($"/start {invite.Code}");
        await olga.SeesAsync("уже использована");

        Assert.Null(bot.Seed.Find(olga));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_expired_invite_says_so_and_registers_nobody()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var invite = bot.Seed.Invite(bot.Seed.Department(), lifetime: TimeSpan.FromDays(7));
        var ivan = bot.NewPerson("Иван");

        bot.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await ivan.SendsAsync($"/start {invite.Code}");
        var reply = await ivan.SeesAsync("Срок действия");

        Assert.Contains("📝 Подать заявку", reply.ButtonLabels());
        Assert.Null(bot.Seed.Find(ivan));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_made_up_code_gets_a_clear_message()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");

        await ivan.SendsAsync("/start NoSuchCode42");
        await ivan.SeesAsync("Такой ссылки-приглашения нет");

        Assert.Null(bot.Seed.Find(ivan));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_revoked_invite_no_longer_registers_anyone()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        await bot.Admin.SendsAsync("/invite");
        await bot.Admin.SeesAsync("Кого пригласить");
        await bot.Admin.PressesAsync("Отдел культуры");
        await bot.Admin.SeesAsync("Сколько человек");
        await bot.Admin.PressesAsync("до 10 человек");
        var invite = await bot.Admin.SeesAsync("Ссылка-приглашение");
        var code = DeepLink().Match(invite.Text).Groups[2].Value;

        await bot.Admin.PressesAsync("🚫 Отозвать приглашение");
        await bot.Admin.SeesAsync("Приглашение отозвано");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync($"/start {code}");
        await ivan.SeesAsync("отозвана");

        Assert.Null(bot.Seed.Find(ivan));
        bot.Server.AssertNoViolations();
    }

    [GeneratedRegex(@"https://t\.me/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]+)")]
    private static partial Regex DeepLink();
}
