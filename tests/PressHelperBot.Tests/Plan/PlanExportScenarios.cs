using ClosedXML.Excel;
using Ical.Net;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Plan;

// Monday 23.11.2026 09:00 Moscow. The files are opened again with the libraries that wrote them.
public sealed class PlanExportScenarios
{
    private static async Task<BotUnderTest> StartWithPlanAsync()
    {
        var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var sport = bot.Seed.Department("Комитет по спорту");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture, sport);
        bot.Published(author, sport, "=Турнир по мини-футболу <script>&\nВторая строка", Day(23), "https://vk.com/wall-1_10");
        bot.Scheduled(author, culture, "Субботник в парке", Day(25));
        bot.Scheduled(author, culture, "Ёлка на площади", Day(1, 12));
        bot.Scheduled(author, sport, "Лыжня России", Day(31, 12));
        return bot;
    }

    [Fact]
    public async Task The_Excel_button_under_the_week_sends_that_week_with_empty_days_as_rows_and_totals_per_department()
    {
        await using var bot = await StartWithPlanAsync();

        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("📥 Excel");
        var file = await bot.Admin.SeesAsync("Контент-план за 23.11–29.11.2026: 2 новости.");

        Assert.Equal("document", file.Kind);
        Assert.Equal("content-plan_2026-11-23_2026-11-29.xlsx", file.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(file.FileContent!));
        var plan = workbook.Worksheet("Контент-план");
        Assert.Equal(["Дата", "День", "Отдел", "Заголовок", "Статус", "Ссылка", "Автор", "Текст"], Enumerable.Range(1, 8).Select(c => plan.Cell(1, c).GetString()));
        Assert.Equal(8, plan.LastRowUsed().RowNumber());
        Assert.Equal(new DateTime(2026, 11, 23), plan.Cell(2, 1).GetDateTime());
        Assert.Equal("Комитет по спорту", plan.Cell(2, 3).GetString());
        Assert.Equal("=Турнир по мини-футболу <script>&", plan.Cell(2, 4).GetString());
        Assert.False(plan.Cell(2, 4).HasFormula);
        Assert.Equal("опубликована", plan.Cell(2, 5).GetString());
        Assert.Equal("https://vk.com/wall-1_10", plan.Cell(2, 6).GetString());
        Assert.Equal("Ольга Сидорова", plan.Cell(2, 7).GetString());
        Assert.Equal("=Турнир по мини-футболу <script>&\nВторая строка", plan.Cell(2, 8).GetString());
        Assert.Equal("Вт", plan.Cell(3, 2).GetString());
        Assert.Equal("— ничего не запланировано —", plan.Cell(3, 4).GetString());
        Assert.Equal("Субботник в парке", plan.Cell(4, 4).GetString());
        Assert.Equal("в плане", plan.Cell(4, 5).GetString());
        Assert.Equal(new DateTime(2026, 11, 29), plan.Cell(8, 1).GetDateTime());

        var totals = workbook.Worksheet("Итоги");
        Assert.Equal("Комитет по спорту", totals.Cell(3, 1).GetString());
        Assert.Equal(1, totals.Cell(3, 3).GetValue<int>());
        Assert.Equal("Всего", totals.Cell(5, 1).GetString());
        Assert.Equal(2, totals.Cell(5, 2).GetValue<int>());
        Assert.Equal(5, totals.Cell(7, 2).GetValue<int>());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_calendar_button_sends_an_ics_with_one_all_day_event_per_item()
    {
        await using var bot = await StartWithPlanAsync();

        await bot.Admin.SendsAsync("/plan");
        await bot.Admin.PressesAsync("📅 Календарь .ics");
        var file = await bot.Admin.SeesAsync("Контент-план за 23.11–29.11.2026");

        Assert.Equal("content-plan_2026-11-23_2026-11-29.ics", file.FileName);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(file.FileContent!))!;
        var events = calendar.Events.OrderBy(e => e.Start!.Value).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), DateOnly.FromDateTime(events[0].Start!.Value));
        Assert.False(events[0].Start!.HasTime);
        Assert.Equal("✅ Комитет по спорту: =Турнир по мини-футболу <script>&", events[0].Summary);
        Assert.Contains("Вторая строка", events[0].Description);
        Assert.Contains("Опубликовано: https://vk.com/wall-1_10", events[0].Description);
        Assert.Equal("Отдел культуры: Субботник в парке", events[1].Summary);
        Assert.Equal(new DateOnly(2026, 11, 25), DateOnly.FromDateTime(events[1].Start!.Value));
        Assert.StartsWith("submission-", events[1].Uid);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Export_takes_a_typed_period_after_refusing_an_impossible_one_and_survives_a_restart()
    {
        await using var bot = await StartWithPlanAsync();
        var head = bot.NewPerson("Глава", "Района");
        bot.Seed.Observer(head);

        await head.SendsAsync("/export");
        await head.SeesAsync("За какой период выгрузить контент-план?");
        await bot.RestartAsync();
        await head.SendsAsync("31.02–05.03");
        await head.SeesAsync("Даты 31.02 не бывает");
        await head.SendsAsync("с 01.12 по 31.12");
        await head.SeesAsync("Контент-план за 01.12–31.12.2026. В каком виде?");
        await head.PressesAsync("📥 Excel");
        var file = await head.SeesAsync(": 2 новости.");

        Assert.Equal("content-plan_2026-12-01_2026-12-31.xlsx", file.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(file.FileContent!));
        var titles = workbook.Worksheet("Контент-план").Column(4).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Ёлка на площади", titles);
        Assert.Contains("Лыжня России", titles);
        Assert.DoesNotContain("Субботник в парке", titles);
        Assert.Equal(1 + 31, workbook.Worksheet("Контент-план").LastRowUsed().RowNumber());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Export_with_the_period_in_the_command_and_a_month_button_and_staff_cannot_export()
    {
        await using var bot = await StartWithPlanAsync();
        var ivan = bot.NewPerson("Иван", "Культурин");
        bot.Seed.Staff(ivan, bot.Seed.Department("Отдел молодёжи"));

        await bot.Admin.SendsAsync("/export 01.12-31.12");
        await bot.Admin.SeesAsync("Контент-план за 01.12–31.12.2026. В каком виде?");
        await bot.Admin.PressesAsync("📅 Календарь .ics");
        var ics = await bot.Admin.SeesAsync("Контент-план за 01.12–31.12.2026: 2 новости.");
        Assert.Equal(2, Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.FileContent!))!.Events.Count);

        await bot.Admin.SendsAsync("/export");
        await bot.Admin.PressesAsync("Этот месяц");
        await bot.Admin.SeesAsync("Контент-план за 01.11–30.11.2026. В каком виде?");
        Assert.Null(bot.Get<ConversationStore>().Find(BotUnderTest.AdminId));

        await ivan.SendsAsync("/export 01.12–31.12");
        await ivan.SeesAsync("Эта команда вам недоступна");
        bot.Server.AssertNoViolations();
    }
}
