using ClosedXML.Excel;
using FakeTelegram;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Plan;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Quotas;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Plan;

// PLAN_AGREEMENT=on, Monday 23.11.2026 09:00 Moscow. On Thursday 15:00 the coordinators are offered
// next week's plan (30.11–06.12) to send to the head; the head agrees it or returns it, and from then
// on gets the changes made to the agreed week once a day at PLAN_CHANGES_TIME.
public sealed class WeekAgreementScenarios
{
    private static readonly Week NextWeek = Week.Of(Day(30));

    private sealed record World(BotUnderTest Bot, FakeUser Coordinator, FakeUser Head, FakeUser Observer, Submission Tree, Submission Ski);

    private static async Task<World> StartAsync()
    {
        var bot = await BotUnderTest.StartAsync(settings => settings[PlanAgreementSettings.PlanAgreementKey] = "on");
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var coordinator = bot.NewPerson("Мария", "Кузнецова");
        bot.Seed.Coordinator(coordinator);
        var head = bot.NewPerson("Ирина", "Волкова");
        var headPerson = bot.Seed.Observer(head);
        headPerson.MarkAsHead();
        bot.Get<PeopleRepository>().Save(headPerson);
        var observer = bot.NewPerson("Олег", "Смирнов");
        bot.Seed.Observer(observer);
        var tree = bot.Scheduled(author, culture, "Ёлка на площади", Day(1, 12));
        var ski = bot.Scheduled(author, culture, "Лыжня России", Day(3, 12));
        return new World(bot, coordinator, head, observer, tree, ski);
    }

    // Thursday 15:00: the offer, the press, the card at the head's.
    private static async Task<BotMessage> SendForAgreementAsync(World world)
    {
        var (bot, coordinator, head, _, _, _) = world;
        await bot.AdvanceToAsync(bot.Local("2026-11-26 14:59"));
        Assert.DoesNotContain(coordinator.Chat.Messages, m => m.FromBot && m.Text.Contains("пора согласовать", StringComparison.Ordinal));

        await bot.AdvanceToAsync(bot.Local("2026-11-26 15:00"));
        var offer = await coordinator.SeesAsync("План на неделю 30.11–06.12.2026: пора согласовать с руководителем");
        Assert.Contains("Новостей: 2, дней без публикаций: 5", offer.Text);
        Assert.Contains("Вт 01.12\n• Ёлка на площади (Отдел культуры)", offer.Text);
        Assert.Equal([AgreementTexts.SendButton], offer.ButtonLabels());
        Assert.Equal(0, head.BotMessageCount());

        await coordinator.PressesAsync(offer, AgreementTexts.SendButton);
        await coordinator.SeesAsync("План на неделю 30.11–06.12.2026 отправлен на согласование. Получатели: Ирина Волкова.");
        var card = await head.SeesButtonAsync(AgreementTexts.AgreeButton);
        return card;
    }

    [Fact]
    public async Task The_head_gets_next_weeks_plan_with_the_Excel_file_agrees_it_and_the_week_shows_who_agreed_and_when()
    {
        var world = await StartAsync();
        var (bot, coordinator, head, observer, _, _) = world;
        await using var _ = bot;

        var card = await SendForAgreementAsync(world);
        Assert.Contains("Контент-план на неделю 30.11–06.12.2026 — на согласование", card.Text);
        Assert.Contains("Отправлено: Мария Кузнецова", card.Text);
        Assert.Contains("Чт 03.12\n• Лыжня России (Отдел культуры)", card.Text);
        Assert.Equal([AgreementTexts.AgreeButton, AgreementTexts.ReturnButton], card.ButtonLabels());
        var files = head.Chat.Messages.Where(m => m.FromBot && m.Kind == "document").ToList();
        var file = Assert.Single(files);
        Assert.Equal("content-plan_2026-11-30_2026-12-06.xlsx", file.FileName);
        using (var workbook = new XLWorkbook(new MemoryStream(file.FileContent!)))
        {
            var titles = workbook.Worksheet("Контент-план").ColumnsUsed().Skip(3).First().CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains("Ёлка на площади", titles);
            Assert.Contains("Лыжня России", titles);
        }

        // Only the observer marked as the head agrees; another observer is not asked.
        Assert.Equal(0, observer.BotMessageCount());
        var stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(AgreementStatus.Waiting, stored.Status);
        Assert.Equal(1, stored.Round);
        Assert.Equal(2, stored.Items.Count);

        await bot.RestartAsync();
        await head.PressesAsync(card, AgreementTexts.AgreeButton);
        await head.SeesAsync("✅ План на неделю 30.11–06.12.2026 согласован: Ирина Волкова, 26.11 15:00.");
        await coordinator.SeesAsync("✅ План на неделю 30.11–06.12.2026 согласован: Ирина Волкова, 26.11 15:00.");

        stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(AgreementStatus.Agreed, stored.Status);
        Assert.Equal(head.Id, stored.DecidedById);
        Assert.Equal("Ирина Волкова", stored.DecidedByName);
        Assert.Equal(bot.Local("2026-11-26 15:00"), stored.DecidedAt);

        // A second press on the same card changes nothing and says why.
        await head.PressesAsync(card, AgreementTexts.AgreeButton);
        await head.SeesAsync("План уже согласован: Ирина Волкова.");
        Assert.Equal(bot.Local("2026-11-26 15:00"), bot.Get<WeekAgreementRepository>().Find(NextWeek)!.DecidedAt);

        await coordinator.SendsAsync("/plan");
        await coordinator.PressesAsync(PlanTexts.Next);
        var week = await coordinator.SeesAsync("✅ План согласован: Ирина Волкова, 26.11 15:00");
        Assert.Contains("Контент-план на 30.11–06.12.2026", week.Text);
        Assert.DoesNotContain(AgreementTexts.SendButton, week.ButtonLabels());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_change_to_the_agreed_week_reaches_the_head_once_at_the_changes_time_of_the_next_day()
    {
        var world = await StartAsync();
        var (bot, coordinator, head, observer, tree, ski) = world;
        await using var _ = bot;

        var card = await SendForAgreementAsync(world);
        await head.PressesAsync(card, AgreementTexts.AgreeButton);
        await head.SeesAsync("согласован: Ирина Волкова");

        // The coordinator moves the tree from Tuesday to Friday, through the week view.
        await coordinator.SendsAsync("/plan");
        await coordinator.PressesAsync(PlanTexts.Next);
        await coordinator.PressesAsync("1. Вт 01.12 · Ёлка на площади");
        await coordinator.PressesAsync("📆 Перенести");
        var picker = await coordinator.SeesAsync("На какой день перенести «Ёлка на площади»? Сейчас: Вт 01.12.");
        await coordinator.PressesAsync(picker, "Пт 04.12");
        await coordinator.SeesAsync("Перенесено: 01.12 → 04.12");
        Assert.Equal(Day(4, 12), bot.Stored(tree).PlannedDate);

        // Nothing the same day: the head saw the plan at 15:00, the changes come with the next morning.
        var before = head.BotMessageCount();
        await bot.AdvanceToAsync(bot.Local("2026-11-27 08:59"));
        Assert.Equal(before, head.BotMessageCount());

        await bot.AdvanceToAsync(bot.Local("2026-11-27 09:00"));
        var changes = await head.SeesAsync("Изменения в согласованном плане на неделю 30.11–06.12.2026");
        Assert.Equal(
            "🗓 Изменения в согласованном плане на неделю 30.11–06.12.2026\n📆 Перенесено: Ёлка на площади (Отдел культуры) — с 01.12 на Пт 04.12",
            changes.Text);
        Assert.Equal(0, observer.BotMessageCount());

        // A restart and later sweeps the same day tell nothing again.
        await bot.RestartAsync();
        await bot.AdvanceToAsync(bot.Local("2026-11-27 12:00"));
        Assert.Equal(before + 1, head.BotMessageCount());
        var stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(Day(27), stored.ToldOn);
        Assert.Contains(stored.Told, item => item.SubmissionId == tree.Id && item.Date == Day(4, 12));

        // The next day with no change: nothing. Then the ski race is taken out of the plan.
        await bot.AdvanceToAsync(bot.Local("2026-11-28 09:30"));
        Assert.Equal(before + 1, head.BotMessageCount());
        await coordinator.SendsAsync("/plan");
        await coordinator.PressesAsync(PlanTexts.Next);
        await coordinator.PressesAsync("1. Чт 03.12 · Лыжня России");
        await coordinator.PressesAsync("↩️ Снять с плана");
        await coordinator.PressesAsync("↩️ Снять без комментария");
        await coordinator.SeesAsync("Снято с плана");
        Assert.Equal(SubmissionStatus.Submitted, bot.Stored(ski).Status);

        await bot.AdvanceToAsync(bot.Local("2026-11-29 09:00"));
        var removed = await head.SeesAsync("➖ Снято с плана: Чт 03.12 — Лыжня России (Отдел культуры)");
        Assert.DoesNotContain("Ёлка", removed.Text);
        await bot.AdvanceToAsync(bot.Local("2026-11-29 18:00"));
        Assert.Equal(before + 2, head.BotMessageCount());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_forged_agree_press_by_the_coordinator_changes_nothing_and_the_head_can_return_the_plan_with_a_remark()
    {
        var world = await StartAsync();
        var (bot, coordinator, head, _, _, _) = world;
        await using var _ = bot;

        var card = await SendForAgreementAsync(world);
        var forged = await coordinator.SendsCallbackAsync(coordinator.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new AgreeButton(NextWeek.Start, 1)));
        Assert.Equal("Это действие вам недоступно", await coordinator.WaitForCallbackAnswerAsync(forged));
        var stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(AgreementStatus.Waiting, stored.Status);
        Assert.Null(stored.DecidedById);

        // An observer who is not the head is refused too, though observers may decide in general.
        var observer = world.Observer;
        await observer.SendsAsync("/start");
        await bot.SettledAsync();
        var byObserver = await observer.SendsCallbackAsync(observer.Chat.LastBotMessage!.MessageId, ButtonCodec.Encode(new AgreeButton(NextWeek.Start, 1)));
        Assert.Equal("Кнопка устарела", await observer.WaitForCallbackAnswerAsync(byObserver));
        Assert.Equal(AgreementStatus.Waiting, bot.Get<WeekAgreementRepository>().Find(NextWeek)!.Status);

        await head.PressesAsync(card, AgreementTexts.ReturnButton);
        await head.SeesAsync("✏️ Напишите замечание к плану на неделю 30.11–06.12.2026");
        await bot.RestartAsync();
        await head.SendsStickerAsync();
        await head.SeesAsync("Пришлите, пожалуйста, текст сообщением.");
        await head.SendsAsync(new string('а', WeekAgreement.MaxCommentLength + 1));
        await head.SeesAsync($"Замечание длиннее {WeekAgreement.MaxCommentLength} знаков");
        await head.SendsAsync("Мало новостей в понедельник & среду <важно>");
        await head.SeesAsync("✏️ План на неделю 30.11–06.12.2026 возвращён с замечанием: Ирина Волкова.");
        var returned = await coordinator.SeesAsync("Замечание: Мало новостей в понедельник & среду <важно>");
        Assert.Equal([AgreementTexts.SendButton], returned.ButtonLabels());

        stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(AgreementStatus.Returned, stored.Status);
        Assert.Equal("Мало новостей в понедельник & среду <важно>", stored.Comment);
        Assert.Equal(head.Id, stored.DecidedById);

        // The old card is of round 1; the plan sent again is round 2, and the old ✅ does not agree it.
        await coordinator.PressesAsync(returned, AgreementTexts.SendButton);
        await coordinator.SeesAsync("отправлен на согласование");
        var second = await head.SeesAsync("Контент-план на неделю 30.11–06.12.2026 — на согласование");
        await head.PressesAsync(card, AgreementTexts.AgreeButton);
        await head.SeesAsync("Это устаревшая версия плана: координаторы отправили новую.");
        Assert.Equal(AgreementStatus.Waiting, bot.Get<WeekAgreementRepository>().Find(NextWeek)!.Status);
        await head.PressesAsync(second, AgreementTexts.AgreeButton);
        await head.SeesAsync("согласован: Ирина Волкова");
        stored = bot.Get<WeekAgreementRepository>().Find(NextWeek)!;
        Assert.Equal(AgreementStatus.Agreed, stored.Status);
        Assert.Equal(2, stored.Round);
        bot.Server.AssertNoViolations();
    }
}
