using PressHelperBot.Features.Plan;
using PressHelperBot.Features.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Plan;

// The clock stands at Monday 23.11.2026 09:00 Moscow: the current week is 23.11–29.11.
public sealed class PlanWeekScenarios
{
    [Fact]
    public async Task A_coordinator_sees_the_week_day_by_day_with_empty_days_marked_and_moves_between_weeks_in_one_message()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var sport = bot.Seed.Department("Комитет по спорту");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture, sport);
        var coordinator = bot.NewPerson("Мария", "Координаторова");
        bot.Seed.Coordinator(coordinator);
        bot.Scheduled(author, culture, "Субботник в парке\nПодробности", Day(25));
        bot.Published(author, sport, "Турнир по мини-футболу <script>&", Day(23), "https://vk.com/wall-1_10");
        bot.Scheduled(author, culture, "Концерт на следующей неделе", Day(1, 12));

        await coordinator.SendsAsync("/start");
        await coordinator.PressesAsync("🗓 Контент-план");
        var week = await coordinator.SeesAsync("Контент-план на 23.11–29.11.2026");

        Assert.Contains("Пн 23.11 (сегодня)\n1. ✅ Комитет по спорту — Турнир по мини-футболу <script>&", week.Text);
        Assert.Contains("Вт 24.11 — пусто —", week.Text);
        Assert.Contains("Ср 25.11\n2. Отдел культуры — Субботник в парке", week.Text);
        Assert.Contains("Вс 29.11 — пусто —", week.Text);
        Assert.Contains("Новостей: 2 · дней без публикаций: 5", week.Text);
        Assert.DoesNotContain("Концерт", week.Text);
        Assert.Contains("2. Ср 25.11 · Субботник в парке", week.ButtonLabels());
        Assert.Contains("📥 Excel", week.ButtonLabels());

        await coordinator.PressesAsync(week, "▶");
        var next = await coordinator.SeesAsync("Контент-план на 30.11–06.12.2026");
        Assert.Equal(week.MessageId, next.MessageId);
        Assert.Contains("Вт 01.12\n1. Отдел культуры — Концерт на следующей неделе", next.Text);
        Assert.Contains("Текущая неделя", next.ButtonLabels());

        await coordinator.PressesAsync(next, "◀");
        var back = await coordinator.SeesAsync("Контент-план на 23.11–29.11.2026");
        await coordinator.PressesAsync(back, "◀");
        var previous = await coordinator.SeesAsync("Контент-план на 16.11–22.11.2026");
        Assert.Contains("Новостей: 0 · дней без публикаций: 7", previous.Text);
        Assert.Equal(week.MessageId, previous.MessageId);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_item_opens_with_its_actions_and_its_full_text()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var longText = "Субботник в парке\n" + string.Concat(Enumerable.Repeat("Приходите с граблями & перчатками. ", 110));
        bot.Scheduled(author, culture, longText, Day(25));

        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("1. Ср 25.11 · Субботник в парке");
        var card = await bot.Admin.SeesAsync("Дата в плане: Ср 25.11");
        Assert.Contains("Автор: Ольга Сидорова", card.Text);
        Assert.Equal(["📆 Перенести", "↩️ Снять с плана", "✅ Опубликовано", "📄 Полный текст", "◀ К неделе"], card.ButtonLabels());

        await bot.Admin.PressesAsync(card, "📄 Полный текст");
        await bot.Admin.SeesButtonAsync("📆 Перенести");
        await bot.SettledAsync();
        var all = string.Concat(bot.Admin.Chat.Messages.Where(m => m.FromBot && m.Kind == "text" && !m.Text.Contains("Дата в плане")).Select(m => m.Text));
        Assert.Contains(longText.Trim(), all.Replace("Полный текст · Отдел культуры · 25.11.2026", ""));

        await bot.Admin.PressesAsync("◀ К неделе");
        await bot.Admin.SeesAsync("Контент-план на 23.11–29.11.2026");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_observer_reads_the_plan_but_has_no_buttons_to_change_it_and_a_forged_move_changes_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var head = bot.NewPerson("Глава", "Района");
        bot.Seed.Observer(head);
        var item = bot.Scheduled(author, culture, "Субботник в парке", Day(25));

        await head.SendsAsync("/start");
        await head.PressesAsync("🗓 Контент-план");
        await head.PressesAsync("1. Ср 25.11 · Субботник в парке");
        var card = await head.SeesAsync("Дата в плане");
        Assert.Equal(["📄 Полный текст", "◀ К неделе"], card.ButtonLabels());

        var press = await head.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new PlanMoveToButton(item.Id, Day(25), Day(27))));
        Assert.Equal("Менять план могут только координаторы", await head.WaitForCallbackAnswerAsync(press));
        var publish = await head.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new ReportItemButton(item.Id)));
        Assert.Equal(RouterTexts.Forbidden, await head.WaitForCallbackAnswerAsync(publish));

        Assert.Equal(Day(25), bot.Stored(item).PlannedDate);
        Assert.Null(bot.Get<ConversationStore>().Find(head.Id));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_see_only_their_own_departments_items_and_staff_without_a_department_are_told_why_not()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var sport = bot.Seed.Department("Комитет по спорту");
        var ivan = bot.NewPerson("Иван", "Культурин");
        bot.Seed.Staff(ivan, culture);
        var loner = bot.NewPerson("Пётр", "Безотдельный");
        bot.Seed.Staff(loner);
        var ours = bot.Scheduled(ivan, culture, "Выставка в библиотеке", Day(24));
        var theirs = bot.Scheduled(ivan, sport, "Лыжня России", Day(26));

        await ivan.SendsAsync("/plan");
        var week = await ivan.SeesAsync("Контент-план ваших отделов на 23.11–29.11.2026");
        Assert.Contains("Выставка в библиотеке", week.Text);
        Assert.DoesNotContain("Лыжня", week.Text);
        Assert.DoesNotContain("📥 Excel", week.ButtonLabels());

        await ivan.PressesAsync("1. Вт 24.11 · Выставка в библиотеке");
        var card = await ivan.SeesAsync("Дата в плане");

        // Staff change nothing in the plan but report the publication of their own item.
        Assert.Equal(["✅ Опубликовано", "📄 Полный текст", "◀ К неделе"], card.ButtonLabels());
        var forged = await ivan.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new PlanItemButton(PlanItemAction.Open, theirs.Id, Day(26))));
        Assert.Equal("Это новость другого отдела", await ivan.WaitForCallbackAnswerAsync(forged));
        var forgedReport = await ivan.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new ReportItemButton(theirs.Id)));
        Assert.StartsWith("Это новость другого подразделения", await ivan.WaitForCallbackAnswerAsync(forgedReport));
        var export = await ivan.SendsCallbackAsync(card.MessageId, ButtonCodec.Encode(new PlanFileButton(PlanFileKind.Excel, Day(23), Day(29))));
        Assert.Equal("Выгрузка доступна координаторам и руководителям", await ivan.WaitForCallbackAnswerAsync(export));
        Assert.Equal(Day(24), bot.Stored(ours).PlannedDate);

        await loner.SendsAsync("/plan");
        await loner.SeesAsync("Вы пока не состоите ни в одном отделе");
        bot.Server.AssertNoViolations();
    }
}
