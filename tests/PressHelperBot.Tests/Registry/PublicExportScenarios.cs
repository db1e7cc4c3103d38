using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using FakeTelegram;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// The registry "for the official site" carries no personal data; the one with contacts is for
// coordinators only.
public sealed partial class PublicExportScenarios
{
    private static async Task<BotMessage> FileAsync(FakeUser user, string button, string extension)
    {
        await user.PressesAsync(button);
        return await user.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.FileName!.EndsWith(extension, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Cells(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed()).Select(cell => cell.GetFormattedString()).ToList();
    }

    private static void AssertNoPersonalData(string text, string where)
    {
        Assert.False(Phone().IsMatch(text), $"a phone in the {where}: {Phone().Match(text).Value}");
        Assert.False(Email().IsMatch(text), $"an e-mail in the {where}: {Email().Match(text).Value}");
        Assert.False(Handle().IsMatch(text), $"a @username in the {where}: {Handle().Match(text).Value}");
        Assert.DoesNotContain("Иванова", text);
        Assert.DoesNotContain("Петров Пётр", text);
    }

    [Fact]
    public async Task The_public_export_shows_the_position_only_and_no_phone_username_or_e_mail_reaches_it()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        var library = bot.Seed.Department("Библиотека", DepartmentKind.SubordinateOrganisation);
        var archive = bot.Seed.Department("Архив", DepartmentKind.SubordinateOrganisation);
        // Stored before positions were checked: a contact in the position and a handle in the name.
        bot.Account(library, "Библиотека @library_official", "vk.com/library", "библиотекарь, тел. 8 (42632) 2-11-33, lib@amurzet.ru", "@ivanova_a");
        await ivan.ReportsCreatedAsync(date: "сегодня");
        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("👤 Сменился ответственный");
        await ivan.PressesAsync("ВКонтакте: Школа №2");
        await ivan.SendsAsync("Петров Пётр");
        await ivan.SeesAsync("Должность");
        await ivan.SendsAsync("методист, petrov@school2.ru");
        await ivan.SeesAsync("В должности не пишите телефон, почту или имя в Telegram");
        await ivan.SendsAsync("методист");
        await ivan.SendsAsync("+7 901 765-43-21");
        await ivan.SeesAsync("✅ Записал");
        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📄 Освобождённые организации");
        await maria.PressesAsync("Архив — ведёт страницы");
        await maria.PressesAsync("📄 Освободить от ведения страниц");
        await maria.SendsAsync("Постановление № 98");
        await maria.SeesAsync("Дата документа?");
        await maria.SendsAsync("24.11.2022");
        await maria.SeesAsync("освобождена от ведения страниц");

        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📋 Реестр");
        await maria.SeesAsync("Реестр аккаунтов");
        var xlsx = await FileAsync(maria, "⬇️ Excel для сайта", ".xlsx");
        var html = await FileAsync(maria, "⬇️ HTML для сайта", ".html");
        var inner = await FileAsync(maria, "⬇️ Excel с контактами (для координаторов)", ".xlsx");

        var publicCells = Cells(xlsx.FileContent!).ToList();
        AssertNoPersonalData(string.Join(" | ", publicCells), "public .xlsx");
        var page = Encoding.UTF8.GetString(html.FileContent!);
        AssertNoPersonalData(page, "public .html");
        AssertNoPersonalData(xlsx.Text + html.Text, "captions");
        Assert.Contains("методист", publicCells);
        Assert.Contains("библиотекарь, тел. [скрыто], [скрыто]", publicCells);
        Assert.Contains("Библиотека [скрыто]", publicCells);
        Assert.Contains("Постановление № 98", publicCells);
        Assert.Contains("<h2>Организации, освобождённые от ведения официальных страниц</h2>", page);
        Assert.Contains("<td>Архив</td><td>Постановление № 98</td><td>24.11.2022</td>", page);
        Assert.Contains("Личных данных в нём нет", xlsx.Text);

        var internalCells = Cells(inner.FileContent!).ToList();
        Assert.Contains("+7 901 765-43-21", internalCells);
        Assert.Contains("Петров Пётр", internalCells);
        Assert.Contains("@ivanova_a", internalCells);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Staff_get_only_the_public_files_and_a_forged_press_for_the_one_with_contacts_is_refused()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, _) = world;
        bot.Account(world.School);

        await ivan.OpensRegistryAsync();
        await ivan.PressesAsync("📋 Реестр");
        var view = await ivan.SeesAsync("Реестр аккаунтов");
        Assert.DoesNotContain(RegistryTexts.InternalXlsxButton, view.ButtonLabels());
        Assert.Contains("⬇️ Excel для сайта", view.ButtonLabels());
        var press = await ivan.SendsCallbackAsync(view.MessageId, ButtonCodec.Encode(new RegistryFileButton(RegistryFile.InternalXlsx, false)));

        Assert.Equal("Файл с контактами получают только координаторы.", await ivan.WaitForCallbackAnswerAsync(press));
        await bot.OutboxIdleAsync();
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.Kind == "document");
        bot.Server.AssertNoViolations();
    }

    [GeneratedRegex(@"\+?\d(?:[ \-()]*\d){5,}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w.])@\w{3,}")]
    private static partial Regex Handle();
}
