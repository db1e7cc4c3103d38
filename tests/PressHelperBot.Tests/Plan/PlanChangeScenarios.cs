using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Plan;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Publications;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Plan;

// Monday 23.11.2026 09:00 Moscow. The author is told of every change a coordinator makes.
public sealed class PlanChangeScenarios
{
    private static async Task<(BotUnderTest Bot, FakeTelegram.FakeUser Author, Submission Item)> StartWithOneItemAsync()
    {
        var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var item = bot.Scheduled(author, culture, "Субботник в парке", Day(25));
        bot.Account(culture, SocialNetwork.Vk, "https://vk.com/club123", "Администрация района");
        return (bot, author, item);
    }

    private static async Task OpenItemAsync(BotUnderTest bot)
    {
        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("1. Ср 25.11 · Субботник в парке");
        await bot.Admin.SeesAsync("Дата в плане: Ср 25.11");
    }

    [Fact]
    public async Task Moving_by_a_day_button_redraws_the_week_and_tells_the_author()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("📆 Перенести");
        var picker = await bot.Admin.SeesAsync("На какой день перенести «Субботник в парке»? Сейчас: Ср 25.11.");
        Assert.Equal("Пн 23.11", picker.ButtonLabels()[0]);
        Assert.DoesNotContain("Ср 25.11", picker.ButtonLabels());
        Assert.Contains("Вс 06.12", picker.ButtonLabels());
        await bot.Admin.PressesAsync(picker, "Пт 27.11");

        var week = await bot.Admin.SeesAsync("Перенесено: 25.11 → 27.11");
        Assert.Contains("Пт 27.11\n1. Отдел культуры — Субботник в парке", week.Text);
        Assert.Contains("Ср 25.11 — пусто —", week.Text);
        await author.SeesAsync("Ваша новость «Субботник в парке» перенесена в контент-плане с 25.11.2026 на Пт 27.11.2026.");
        var stored = bot.Stored(item);
        Assert.Equal(Day(27), stored.PlannedDate);
        Assert.Equal(SubmissionAction.Move, stored.History[^1].Action);
        Assert.Equal(BotUnderTest.AdminId, stored.History[^1].ById);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_typed_date_survives_a_restart_and_impossible_or_past_dates_are_refused_with_a_reason()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("📆 Перенести");
        await bot.Admin.PressesAsync("⌨️ Ввести дату");
        await bot.Admin.SeesAsync("На какой день перенести «Субботник в парке»?");
        await bot.RestartAsync();

        await bot.Admin.SendsStickerAsync();
        await bot.Admin.SeesAsync("Пришлите, пожалуйста, текст сообщением.");
        await bot.Admin.SendsAsync("31.02");
        await bot.Admin.SeesAsync("В феврале нет 31-го числа");
        await bot.Admin.SendsAsync("20.11");
        await bot.Admin.SeesAsync("Дата 20.11.2026 уже прошла");
        await bot.Admin.SendsAsync("25.11");
        await bot.Admin.SeesAsync("Новость уже стоит в плане на 25.11.2026");
        Assert.Equal(Day(25), bot.Stored(item).PlannedDate);

        await bot.Admin.SendsAsync("1 декабря");
        var week = await bot.Admin.SeesAsync("Перенесено: 25.11 → 01.12");
        Assert.Contains("Контент-план на 30.11–06.12.2026", week.Text);
        await author.SeesAsync("с 25.11.2026 на Вт 01.12.2026");
        Assert.Equal(Day(1, 12), bot.Stored(item).PlannedDate);
        Assert.Null(bot.Get<ConversationStore>().Find(BotUnderTest.AdminId));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Taking_an_item_out_of_the_plan_with_a_comment_sends_it_back_to_pending_and_tells_the_author_why()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("↩️ Снять с плана");
        await bot.Admin.SeesAsync("Напишите комментарий для автора");
        await bot.Admin.SendsAsync("Перенесём после <согласования> & уточнения даты");

        var week = await bot.Admin.SeesAsync("Снято с плана, новость вернулась на рассмотрение");
        Assert.Contains("Ср 25.11 — пусто —", week.Text);
        await author.SeesAsync("Ваша новость «Субботник в парке» снята с контент-плана и снова на рассмотрении у координатора.\nКомментарий: Перенесём после <согласования> & уточнения даты");
        var stored = bot.Stored(item);
        Assert.Equal(SubmissionStatus.Submitted, stored.Status);
        Assert.Null(stored.PlannedDate);
        Assert.Equal("Перенесём после <согласования> & уточнения даты", stored.History[^1].Comment);

        // Pending again, it reaches the coordinators as a fresh card to decide on.
        var card = await bot.Admin.SeesButtonAsync("✅ В план");
        Assert.Contains("Субботник в парке", card.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Taking_an_item_out_without_a_comment_is_one_more_press()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("↩️ Снять с плана");
        await bot.Admin.PressesAsync("↩️ Снять без комментария");

        await bot.Admin.SeesAsync("Снято с плана");
        var notice = await author.SeesAsync("снята с контент-плана");
        Assert.DoesNotContain("Комментарий", notice.Text);
        Assert.Equal(SubmissionStatus.Submitted, bot.Stored(item).Status);
        Assert.Null(bot.Get<ConversationStore>().Find(BotUnderTest.AdminId));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Marking_published_asks_for_the_links_refuses_garbage_and_other_sites_and_records_the_post_in_its_account()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("✅ Опубликовано");
        await bot.Admin.SeesAsync("Пришлите ссылки на публикацию «Субботник в парке»");
        await bot.Admin.SendsAsync("опубликовали вчера");
        await bot.Admin.SeesAsync("В сообщении нет ссылки");
        await bot.Admin.SendsAsync("https://yandex.ru/search/?text=субботник");
        await bot.Admin.SeesAsync("Ссылка ведёт на сайт yandex.ru, а такого сайта среди ваших аккаунтов в реестре нет. Ваши аккаунты: ВКонтакте «Администрация района»");
        await bot.Admin.SendsAsync("<script>alert(1)</script>&");
        await bot.Admin.SeesAsync("В сообщении нет ссылки");
        Assert.Equal(SubmissionStatus.Scheduled, bot.Stored(item).Status);

        await bot.Admin.SendsAsync("vk.com/wall-123_456");
        var done = await bot.Admin.SeesAsync("✅ Отмечено — «Субботник в парке»: 1 публикация, 23.11.2026");
        Assert.Contains("• ВКонтакте «Администрация района» — https://vk.com/wall-123_456", done.Text);
        Assert.Equal(["🏷 Формат: новость"], done.ButtonLabels());
        await author.SeesAsync("Ваша новость «Субботник в парке» опубликована:\n• ВКонтакте «Администрация района» — https://vk.com/wall-123_456");
        var stored = bot.Stored(item);
        Assert.Equal(SubmissionStatus.Published, stored.Status);
        Assert.Equal("https://vk.com/wall-123_456", stored.PublishedLink);
        Assert.Null(bot.Get<ConversationStore>().Find(BotUnderTest.AdminId));

        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("1. Ср 25.11 · ✅ Субботник в парке");
        var card = await bot.Admin.SeesAsync("Статус: ✅ опубликована — https://vk.com/wall-123_456");
        Assert.Contains("Где вышла:\n• ВКонтакте «Администрация района» — https://vk.com/wall-123_456, 23.11", card.Text);
        Assert.Equal(["➕ Ещё публикация", "📄 Полный текст", "◀ К неделе"], card.ButtonLabels());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_stale_card_or_a_forged_press_for_an_item_of_another_week_changes_nothing_and_says_why()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;
        var other = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(other);

        await OpenItemAsync(bot);
        var staleCard = bot.Admin.Chat.LastBotMessage!;

        await other.SendsAsync("/plan");
        await other.PressesAsync("1. Ср 25.11 · Субботник в парке");
        await other.PressesAsync("📆 Перенести");
        await other.PressesAsync("Чт 03.12");
        await other.SeesAsync("Перенесено: 25.11 → 03.12");
        await author.SeesAsync("на Чт 03.12.2026");

        var stalePress = await bot.Admin.PressesAsync(staleCard, "↩️ Снять с плана");
        Assert.Equal("Новость уже перенесена на 03.12", await bot.Admin.WaitForCallbackAnswerAsync(stalePress));
        await bot.Admin.SeesAsync("⚠️ Новость уже перенесена на 03.12");

        // A press naming the current week for an item that stands in the next one.
        var forgedOpen = await bot.Admin.SendsCallbackAsync(staleCard.MessageId, ButtonCodec.Encode(new PlanItemButton(PlanItemAction.Open, item.Id, Day(25))));
        Assert.Equal("Новость уже перенесена на 03.12", await bot.Admin.WaitForCallbackAnswerAsync(forgedOpen));
        var forgedMove = await bot.Admin.SendsCallbackAsync(staleCard.MessageId, ButtonCodec.Encode(new PlanMoveToButton(item.Id, Day(25), Day(26))));
        Assert.Equal("Новость уже перенесена на 03.12", await bot.Admin.WaitForCallbackAnswerAsync(forgedMove));
        var garbage = await bot.Admin.SendsCallbackAsync(staleCard.MessageId, $"v2:plan.to:{item.Id}:99999999:x");
        Assert.Equal("Кнопка устарела", await bot.Admin.WaitForCallbackAnswerAsync(garbage));

        var stored = bot.Stored(item);
        Assert.Equal(Day(3, 12), stored.PlannedDate);
        Assert.Equal(SubmissionStatus.Scheduled, stored.Status);
        Assert.Equal(1, stored.History.Count(change => change.Action == SubmissionAction.Move));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_question_left_unanswered_ends_when_the_coordinator_goes_elsewhere_in_the_plan()
    {
        var (bot, _, item) = await StartWithOneItemAsync();
        await using var __ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("✅ Опубликовано");
        await bot.Admin.SeesAsync("Пришлите ссылки на публикацию");
        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.SeesAsync("Контент-план на 23.11–29.11.2026");
        await bot.Admin.SendsAsync("https://vk.com/wall-1_1");
        await bot.Admin.SeesAsync("Не понимаю сообщение");

        await bot.Admin.PressesAsync("1. Ср 25.11 · Субботник в парке");
        await bot.Admin.PressesAsync("↩️ Снять с плана");
        await bot.Admin.SeesAsync("Напишите комментарий для автора");
        await bot.Admin.SendsCallbackAsync(bot.Admin.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new PlanWeekButton(Day(23))));
        await bot.Admin.SeesAsync("Контент-план на 23.11–29.11.2026");
        await bot.Admin.SendsAsync("случайный текст");
        await bot.Admin.SeesAsync("Не понимаю сообщение");

        Assert.Equal(SubmissionStatus.Scheduled, bot.Stored(item).Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Two_coordinators_moving_the_same_item_at_the_same_moment_make_one_move_and_the_other_is_told()
    {
        var (bot, author, item) = await StartWithOneItemAsync();
        await using var _ = bot;
        var maria = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(maria);
        foreach (var coordinator in new[] { bot.Admin, maria })
        {
            await coordinator.SendsAsync("/plan");
            await coordinator.PressesAsync("1. Ср 25.11 · Субботник в парке");
            await coordinator.PressesAsync("📆 Перенести");
            await coordinator.SeesAsync("На какой день перенести");
        }

        var presses = await Task.WhenAll(bot.Admin.PressesAsync("Чт 26.11"), maria.PressesAsync("Пт 27.11"));
        var answers = await Task.WhenAll(bot.Admin.WaitForCallbackAnswerAsync(presses[0]), maria.WaitForCallbackAnswerAsync(presses[1]));

        var stored = bot.Stored(item);
        Assert.Equal(1, stored.History.Count(change => change.Action == SubmissionAction.Move));
        Assert.Single(answers, answer => answer.StartsWith("Перенесено", StringComparison.Ordinal));
        Assert.Single(answers, answer => answer.StartsWith("Новость уже перенесена на", StringComparison.Ordinal));
        await bot.OutboxIdleAsync();
        Assert.Single(author.Chat.Messages, m => m.FromBot && m.Text.Contains("перенесена", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_day_button_pressed_after_that_day_has_passed_is_refused()
    {
        var (bot, _, item) = await StartWithOneItemAsync();
        await using var __ = bot;

        await OpenItemAsync(bot);
        await bot.Admin.PressesAsync("📆 Перенести");
        var picker = await bot.Admin.SeesAsync("На какой день перенести");
        bot.Clock.Advance(TimeSpan.FromDays(2));

        var press = await bot.Admin.PressesAsync(picker, "Вт 24.11");
        Assert.Contains("Дата 24.11.2026 уже прошла", await bot.Admin.WaitForCallbackAnswerAsync(press));
        Assert.Equal(Day(25), bot.Stored(item).PlannedDate);
        bot.Server.AssertNoViolations();
    }
}
