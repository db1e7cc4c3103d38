using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Onboarding;

public sealed class JoinRequestScenarios
{
    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task A_person_without_an_invite_asks_to_join_and_is_told_when_a_coordinator_approves(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
        var culture = bot.Seed.Department("Отдел культуры");
        var maria = bot.NewPerson("Мария");
        bot.Seed.Coordinator(maria);
        var ivan = bot.NewPerson("Иван", username: "ivan_p");

        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");
        await ivan.PressesAsync("📝 Подать заявку");
        await ivan.SeesAsync("Как вас зовут");
        await ivan.SendsAsync("Иван Петров");
        await ivan.SeesAsync("Выберите ваш отдел");
        await ivan.PressesAsync("Отдел культуры");
        await ivan.SeesAsync("Заявка отправлена");

        var card = await maria.SeesAsync("Заявка на вступление");
        Assert.Contains("Иван Петров", card.Text);
        Assert.Contains("@ivan_p", card.Text);
        await maria.PressesAsync("✅ Одобрить");
        await ivan.SeesAsync("Ваша заявка одобрена");
        await maria.SeesAsync("✅ Одобрена: Мария");

        var person = bot.Seed.Find(ivan)!;
        Assert.Equal("Иван Петров", person.Name);
        Assert.Equal([culture.Id], person.DepartmentIds);
        bot.Server.AssertNoViolations();
    }

    // Telegram shows a card as soon as it takes it, but its answer to the bot can be late (a slow network,
    // a busy machine): a coordinator may press before the outbox has recorded where the card landed.
    // The card is then closed once, by the outbox, not also edited directly to the same text, which
    // Telegram refuses ("message is not modified").
    [Fact]
    public async Task A_coordinator_who_approves_before_the_bot_has_heard_back_about_the_card_sees_it_closed_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var maria = bot.NewPerson("Мария");
        bot.Seed.Coordinator(maria);
        var ivan = bot.NewPerson("Иван");
        var lateAnswer = bot.Server.Faults.HoldAnswer("sendMessage", chatId: maria.Id);

        await AskToJoinAsync(ivan, "Иван Петров", "Отдел культуры");
        var card = await maria.SeesAsync("Заявка на вступление");
        await maria.PressesAsync("✅ Одобрить");
        await ivan.SeesAsync("Ваша заявка одобрена");
        Assert.Equal(1, lateAnswer.Waiting);
        lateAnswer.Release();

        await maria.SeesAsync("✅ Одобрена: Мария");
        await bot.OutboxIdleAsync();
        Assert.Equal(1, maria.Chat.Messages.Single(m => m.MessageId == card.MessageId).EditCount);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_declined_person_is_told_and_stays_unregistered()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");

        await AskToJoinAsync(ivan, "Иван Петров", "Отдел культуры");
        await bot.Admin.SeesAsync("Заявка на вступление");
        await bot.Admin.PressesAsync("❌ Отклонить");
        await ivan.SeesAsync("заявка отклонена");

        Assert.Null(bot.Seed.Find(ivan));
        bot.Server.AssertNoViolations();
    }

    [Theory]
    [InlineData(UpdateMode.Polling)]
    [InlineData(UpdateMode.Webhook)]
    public async Task A_restart_in_the_middle_of_the_join_request_continues_at_the_same_step(UpdateMode mode)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: mode);
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");
        await ivan.PressesAsync("📝 Подать заявку");
        await ivan.SeesAsync("Как вас зовут");
        await ivan.SendsAsync("Иван Петров");
        await ivan.SeesAsync("Выберите ваш отдел");

        await bot.RestartAsync();
        await ivan.PressesAsync("Отдел культуры");
        await ivan.SeesAsync("Заявка отправлена: Иван Петров");

        Assert.Equal("Иван Петров", bot.Get<JoinRequestRepository>().PendingOf(ivan.Id)!.Name);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Two_coordinators_approving_at_once_make_one_decision_and_the_other_sees_who_decided()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var maria = bot.NewPerson("Мария", "Первая");
        var oleg = bot.NewPerson("Олег", "Второй");
        bot.Seed.Coordinator(maria);
        bot.Seed.Coordinator(oleg);
        var ivan = bot.NewPerson("Иван");
        await AskToJoinAsync(ivan, "Иван Петров", "Отдел культуры");
        await maria.SeesAsync("Заявка на вступление");
        await oleg.SeesAsync("Заявка на вступление");

        await Task.WhenAll(maria.PressesAsync("✅ Одобрить"), oleg.PressesAsync("✅ Одобрить"));
        await bot.SettledAsync();

        var request = bot.Get<JoinRequestRepository>().Find(1)!;
        Assert.Equal(JoinRequestStatus.Approved, request.Status);
        var winner = request.DecidedBy == maria.Id ? "Мария Первая" : "Олег Второй";
        Assert.Contains(request.DecidedBy!.Value, new[] { maria.Id, oleg.Id });
        await maria.SeesAsync($"Одобрена: {winner}");
        await oleg.SeesAsync($"Одобрена: {winner}");

        // Ivan hears through the outbox, which SettledAsync does not wait for: wait for the message,
        // then for every delivery job, so a second message would be seen.
        await ivan.SeesAsync("Ваша заявка одобрена");
        await bot.JobsIdleAsync();
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("Ваша заявка одобрена"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_name_typed_with_html_shows_exactly_as_typed()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел <культуры> & досуга");
        var ivan = bot.NewPerson("Иван");

        await AskToJoinAsync(ivan, "<b>Иван & Co</b>", "Отдел <культуры> & досуга");
        var card = await bot.Admin.SeesAsync("Заявка на вступление");

        Assert.Contains("Имя: <b>Иван & Co</b>", card.Text);
        Assert.Contains("Подразделение: Отдел <культуры> & досуга", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Wrong_answers_to_the_name_question_get_a_clear_message_and_the_question_stays()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/join");
        await ivan.SeesAsync("Как вас зовут");

        await ivan.SendsStickerAsync();
        await ivan.SeesAsync("Нужен текст");
        await ivan.SendsAsync(new string('я', 5000));
        await ivan.SeesAsync("Слишком длинно");
        await ivan.SendsAsync("Иван Петров");
        await ivan.SeesAsync("Выберите ваш отдел");
        await ivan.SendsAsync("Отдел культуры");
        await ivan.SeesAsync("Выберите отдел кнопкой");

        Assert.True(bot.Get<ConversationStore>().Find(ivan.Id)!.Is("join", "department"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Cancel_leaves_the_join_request_at_any_step()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/join");
        await ivan.SeesAsync("Как вас зовут");
        await ivan.SendsAsync("Иван Петров");
        await ivan.SeesAsync("Выберите ваш отдел");

        await ivan.SendsAsync("/cancel");
        await ivan.SeesAsync("Отменено");
        await ivan.PressesAsync("Отдел культуры");
        await bot.SettledAsync();

        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        Assert.Null(bot.Get<JoinRequestRepository>().PendingOf(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_cancel_button_leaves_the_conversation_too()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/join");
        await ivan.SeesAsync("Как вас зовут");

        await ivan.PressesAsync("✖️ Отмена");
        await ivan.SeesAsync("Отменено");

        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        bot.Server.AssertNoViolations();
    }

    private static async Task AskToJoinAsync(FakeTelegram.FakeUser person, string name, string department)
    {
        await person.SendsAsync("/join");
        await person.SeesAsync("Как вас зовут");
        await person.SendsAsync(name);
        await person.SeesAsync("Выберите ваш отдел");
        await person.PressesAsync(department);
        await person.SeesAsync("Заявка отправлена");
    }
}
