using ClosedXML.Excel;
using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Registry;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.HeadReport;

// The head's monthly report (Kletnya decree 6, Zhatay 5.2): on the 1st at 10:00 the observers get last
// month's report as text and an .xlsx, one part per registered section.
public sealed class MonthlyReportScenarios
{
    private const string Heading = "Отчёт руководителю за ноябрь 2026";

    // Stands for the sections other features register: the job must collect every one, in order.
    private sealed class MonthSection : IMonthlyReportSection
    {
        public int Order => 1;

        public MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now) =>
            new("Проверочный раздел", [$"Месяц: {firstDay:dd.MM.yyyy}–{lastDay:dd.MM.yyyy}"], ["С", "По"], [[firstDay, lastDay]]);
    }

    private static async Task<BotUnderTest> StartAsync() =>
        await BotUnderTest.StartAsync(RegistryChat.FastJobs, services => services.AddScoped<IMonthlyReportSection, MonthSection>());

    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public async Task On_the_1st_at_10_00_observers_get_last_months_report_as_text_and_a_workbook_once()
    {
        await using var bot = await StartAsync();
        bot.Server.Limits.Disable();
        var olga = bot.NewPerson("Ольга", "Глава");
        bot.Seed.Observer(olga);
        var maria = bot.NewPerson("Мария", "Петрова");
        bot.Seed.Coordinator(maria);
        var school = bot.Seed.Department("Школа №2");
        var calendar = bot.Get<OrgCalendar>();
        var now = bot.Clock.GetUtcNow();
        var account = bot.Account(school, amend: a => a.UpdateChecklist(a.Checklist.Toggle(SecurityItem.Gospubliki)));
        var late = RegistryTask.Open(account.Id, school.Id, account.Events[0], DeadlineMode.CalendarDays, now, calendar);
        bot.Get<RegistryTaskRepository>().Add(late);
        bot.Get<CurRequestRepository>().Add(CurRequest.Record("Сведения об аккаунтах", new DateOnly(2026, 11, 30), maria.Id, now, calendar));
        bot.Get<GospublikiRepository>().Add(GospublikiItem.Record(account, "Памятка о гриппе", new DateOnly(2026, 11, 23), maria.Id, now, calendar));

        await bot.AdvanceToAsync(calendar.Instant(new DateOnly(2026, 12, 1), new TimeOnly(9, 59)));
        Assert.Equal(0, Count(olga, Heading));
        await bot.AdvanceToAsync(calendar.Instant(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)));

        var report = await olga.SeesAsync(Heading);
        Assert.True(report.Text.IndexOf("Проверочный раздел", StringComparison.Ordinal) < report.Text.IndexOf("Реестр аккаунтов", StringComparison.Ordinal));
        Assert.Contains("Месяц: 01.11.2026–30.11.2026", report.Text);
        Assert.Contains("Действующих аккаунтов: 1.", report.Text);
        Assert.Contains("Все реквизиты на странице: 0 из 1; не хватает:", report.Text);
        Assert.Contains("Двухфакторная аутентификация: 0 из 1; отметка официального аккаунта: 0 из 1; подключены к «Госпабликам»: 1 из 1.", report.Text);
        Assert.Contains("«Госпаблики» за месяц: направлено 1, подтверждено ссылкой 0; сейчас не подтверждено в срок: 1.", report.Text);
        Assert.Contains("Просрочены записи в реестр: 1.", report.Text);
        Assert.Contains("Просрочены смены доступа после смены ответственного: 0.", report.Text);
        Assert.Contains("Открытые запросы ЦУР: 1.", report.Text);
        Assert.Contains("• №1: Сведения об аккаунтах — срок 30.11.2026, 🔴 просрочен на 1 день", report.Text);
        var file = await olga.Chat.WaitForBotMessageAsync(m => m.Kind == "document");
        Assert.Equal("otchet-2026-11.xlsx", file.FileName);
        using (var workbook = new XLWorkbook(new MemoryStream(file.FileContent!)))
        {
            Assert.Equal(["Проверочный раздел", "Публикации по аккаунтам", "Реестр аккаунтов", "Сроки реестра", "Сообщения и модерация"], workbook.Worksheets.Select(s => s.Name));
            Assert.Equal("https://vk.com/school2", workbook.Worksheet("Реестр аккаунтов").Cell(2, 4).GetString());
            Assert.Equal("запись в реестр", workbook.Worksheet("Сроки реестра").Cell(2, 1).GetString());
            Assert.Equal("запрос ЦУР", workbook.Worksheet("Сроки реестра").Cell(3, 1).GetString());
        }

        await bot.RestartAsync();
        await bot.AdvanceToAsync(calendar.Instant(new DateOnly(2026, 12, 1), new TimeOnly(12, 0)));
        Assert.Equal(1, Count(olga, Heading));
        Assert.Single(olga.Chat.Messages, m => m.Kind == "document");
        Assert.Equal(0, Count(maria, Heading));
        Assert.Equal(0, Count(bot.Admin, Heading));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Without_observers_the_report_goes_to_the_admins()
    {
        await using var bot = await StartAsync();
        var calendar = bot.Get<OrgCalendar>();

        await bot.AdvanceToAsync(calendar.Instant(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)));

        var report = await bot.Admin.SeesAsync(Heading);
        Assert.Contains("Действующих аккаунтов: 0.", report.Text);
        Assert.Contains("Открытые запросы ЦУР: 0.", report.Text);
        await bot.Admin.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.FileName == "otchet-2026-11.xlsx");
        bot.Server.AssertNoViolations();
    }
}
