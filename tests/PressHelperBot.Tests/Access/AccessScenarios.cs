using PressHelperBot.Features.Admin;
using PressHelperBot.Telegram;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Access;

public sealed class AccessScenarios
{
    [Fact]
    public async Task An_unknown_person_gets_only_the_onboarding()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department();
        var stranger = bot.NewPerson("Незнакомец");

        await stranger.SendsAsync("/start");
        var welcome = await stranger.SeesAsync("Здравствуйте");
        Assert.Equal(["📝 Подать заявку"], welcome.ButtonLabels());
        await stranger.SendsAsync("/departments");
        await stranger.SeesAsync("Сначала нужно зарегистрироваться");
        await stranger.SendsAsync("привет");
        await bot.SettledAsync();

        Assert.Equal(3, stranger.BotMessageCount());
        Assert.DoesNotContain(bot.Server.CommandsFor(stranger.Id), c => c.Command is "departments" or "people" or "invite");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_forged_promote_button_from_a_staff_member_is_refused_and_changes_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesAsync("Главное меню");

        await ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new ChangeRoleButton(ivan.Id, Role.Coordinator)));
        await bot.SettledAsync();

        Assert.Equal(Role.Staff, bot.Seed.Find(ivan)!.Role);
        Assert.Contains(bot.Server.CallsTo("answerCallbackQuery"), c => c.Parameters["text"]?.ToString() == "Это действие вам недоступно");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task News_pasted_outside_any_step_gets_the_menu_with_the_way_to_send_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        await ivan.SendsAsync("В библиотеке открылась выставка");
        var answer = await ivan.SeesAsync("Не понимаю сообщение");

        Assert.Contains("📝 Предложить новость", answer.ButtonLabels());
        await ivan.PressesAsync("📝 Предложить новость");
        await ivan.SeesAsync("Пришлите текст новости");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_conversation_of_a_role_the_person_no_longer_has_cannot_be_finished()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        bot.Get<ConversationStore>().Begin(ivan.Id, "dep", "name");

        await ivan.SendsAsync("Отдел захвата");
        await ivan.SeesAsync("Не понимаю сообщение");

        Assert.Single(bot.Get<DepartmentRepository>().All());
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_staff_member_typing_an_admin_command_is_refused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        await ivan.SendsAsync("/people");
        await ivan.SeesAsync("Эта команда вам недоступна");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Made_up_and_stale_button_data_is_answered_as_out_of_date()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var admin = bot.Admin;
        await admin.SendsAsync("/start");
        var menu = await admin.SeesAsync("Главное меню");

        await admin.SendsCallbackAsync(menu.MessageId, "forged:data");
        await admin.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new OpenDepartmentButton(999)));
        await admin.SendsCallbackAsync(menu.MessageId, "v9:dep:list");
        await bot.SettledAsync();

        var answers = bot.Server.CallsTo("answerCallbackQuery").Select(c => c.Parameters["text"]?.ToString()).ToList();
        Assert.Equal(3, answers.Count(a => a == "Кнопка устарела"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_command_menu_of_each_chat_matches_the_role()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());

        await bot.Admin.SendsAsync("/start");
        await ivan.SendsAsync("/start");
        await bot.Admin.SeesAsync("Главное меню");
        await ivan.SeesAsync("Главное меню");
        await bot.SettledAsync();

        var adminCommands = bot.Server.CommandsFor(bot.Admin.Id).Select(c => c.Command).ToList();
        var staffCommands = bot.Server.CommandsFor(ivan.Id).Select(c => c.Command).ToList();
        Assert.Superset(new HashSet<string> { "start", "help", "cancel", "departments", "people", "invite" }, adminCommands.ToHashSet());
        // Features add their own staff commands; what matters is that none of the deciders' ones shows.
        Assert.Superset(new HashSet<string> { "cancel", "help", "start" }, staffCommands.ToHashSet());
        Assert.Empty(staffCommands.Intersect(["departments", "people", "invite", "export"]));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Help_explains_in_russian_what_each_role_can_do()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var stranger = bot.NewPerson("Незнакомец");

        await bot.Admin.SendsAsync("/help");
        await bot.Admin.SeesAsync("Вы — администратор");
        await stranger.SendsAsync("/help");
        await stranger.SeesAsync("нужно зарегистрироваться");
        bot.Server.AssertNoViolations();
    }
}
