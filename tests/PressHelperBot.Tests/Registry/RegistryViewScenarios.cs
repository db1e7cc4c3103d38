using System.Text;
using ClosedXML.Excel;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

public sealed class RegistryViewScenarios
{
    private static Account SeedAccount(BotUnderTest bot, Department department, string name, string link, SocialNetwork network = SocialNetwork.Vk)
    {
        var account = Account.Register(department.Id, network, null, link, name, new DateOnly(2026, 11, 2),
            ResponsiblePerson.Create("Иванова Анна", "специалист", "@ivanova_a"), 1, bot.Clock.GetUtcNow(), bot.Get<OrgCalendar>());
        bot.Get<AccountRepository>().Add(account);
        return account;
    }

    [Fact]
    public async Task The_registry_shows_open_tasks_on_top_and_deleted_accounts_only_on_request()
    {
        await using var bot = await RegistryChat.StartAsync();
        var school = bot.Seed.Department("Школа №2");
        var library = bot.Seed.Department("Библиотека");
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, school);
        SeedAccount(bot, library, "Библиотека в ОК", "ok.ru/library", SocialNetwork.Odnoklassniki);
        var old = SeedAccount(bot, school, "Старая группа", "vk.com/old_school");
        old.MarkDeleted(new DateOnly(2026, 11, 10), 1, bot.Clock.GetUtcNow(), bot.Get<OrgCalendar>());
        bot.Get<AccountRepository>().Save(old);
        await ivan.ReportsCreatedAsync(name: "Новая группа", link: "vk.com/new_school");

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("📋 Реестр");
        var registry = await ivan.SeesAsync("Реестр аккаунтов");

        Assert.Contains("Школа №2", registry.Text);
        Assert.DoesNotContain("Библиотека", registry.Text);
        Assert.DoesNotContain("Старая группа", registry.Text);
        Assert.True(registry.Text.IndexOf("Внести в реестр до 30.11", StringComparison.Ordinal)
            < registry.Text.IndexOf("• ВКонтакте «Новая группа»", StringComparison.Ordinal));
        await ivan.PressesAsync("🗑 Показать удалённые");
        var withDeleted = await ivan.SeesAsync("с удалёнными");
        Assert.Contains("«Старая группа»", withDeleted.Text);
        Assert.Contains("удалён 10.11.2026", withDeleted.Text);

        var observer = bot.NewPerson("Ольга");
        bot.Seed.Observer(observer);
        await observer.OpensRegistryAsync();
        var menu = observer.Chat.LastBotMessage!;
        Assert.DoesNotContain("➕ Создан аккаунт", menu.ButtonLabels());
        await observer.PressesAsync("📋 Реестр");
        var all = await observer.SeesAsync("Реестр аккаунтов");
        Assert.Contains("Библиотека в ОК", all.Text);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_registry_exports_as_xlsx_and_html_with_the_published_columns_and_names_escaped()
    {
        await using var bot = await RegistryChat.StartAsync();
        var school = bot.Seed.Department("Школа <№2> & сад");
        var maria = bot.NewPerson("Мария");
        bot.Seed.Coordinator(maria);
        SeedAccount(bot, school, "<script>alert(1)</script> & «Ёлка» 🎄", "vk.com/elka");
        SeedAccount(bot, school, "=1+2", "t.me/formula", SocialNetwork.Telegram);

        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📋 Реестр");
        await maria.PressesAsync("⬇️ Excel для сайта");
        var xlsx = await maria.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.FileName!.EndsWith(".xlsx", StringComparison.Ordinal));
        await maria.PressesAsync("⬇️ HTML для сайта");
        var html = await maria.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.FileName!.EndsWith(".html", StringComparison.Ordinal));

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.FileContent!));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(PublicRegistry.Columns, Enumerable.Range(1, 8).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
        var rows = Enumerable.Range(2, 2).Select(r => sheet.Row(r)).ToList();
        var elka = rows.Single(r => r.Cell(4).GetString() == "https://vk.com/elka");
        Assert.Equal("Школа <№2> & сад", elka.Cell(1).GetString());
        Assert.Equal("ВКонтакте", elka.Cell(2).GetString());
        Assert.Equal("<script>alert(1)</script> & «Ёлка» 🎄", elka.Cell(3).GetString());
        Assert.Equal("действует", elka.Cell(5).GetString());
        Assert.Equal("специалист", elka.Cell(6).GetString());
        Assert.Equal(new DateTime(2026, 11, 2), elka.Cell(7).GetDateTime());
        var formula = rows.Single(r => r.Cell(2).GetString() == "Telegram");
        Assert.False(formula.Cell(3).HasFormula);
        Assert.Equal("=1+2", formula.Cell(3).GetString());

        var page = Encoding.UTF8.GetString(html.FileContent!);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «Ёлка» 🎄", page);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("Школа &lt;№2&gt; &amp; сад", page);
        Assert.Contains("<a href=\"https://vk.com/elka\">https://vk.com/elka</a>", page);
        Assert.Contains("<td>02.11.2026</td>", page);
        bot.Server.AssertNoViolations();
    }
}
