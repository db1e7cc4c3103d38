using ClosedXML.Excel;
using Microsoft.Playwright;
using SkiaSharp;

namespace PressHelperBot.Playground.Tests;

// The playground as a person meets it: a real browser on the page, the real bot behind it.
public sealed class PlaygroundScenarios(PlaygroundBrowser playground) : IClassFixture<PlaygroundBrowser>
{
    private const string News = "Субботник в парке Победы: 120 жителей убрали аллеи и посадили 30 лип.";

    [Fact]
    public async Task News_with_two_photos_goes_into_the_plan_the_Wednesday_reminder_comes_and_the_plan_downloads_as_Excel()
    {
        var context = await playground.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1680, Height = 960 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(playground.App.Url);
        var ivan = new ChatColumn(page, DemoCast.Ivan.Id);
        var olga = new ChatColumn(page, DemoCast.Olga.Id);
        await Assertions.Expect(page.Locator("#clock")).ToHaveTextAsync("понедельник, 23 ноября 2026, 09:00");

        // The demo's waiting news already reached the coordinators.
        await olga.SeesAsync("районная зарядка");
        await Screenshot(page, "1-start");

        // A staff member sends news with two photos.
        await ivan.SendsAsync("/new");
        await ivan.SeesAsync("Пришлите текст новости");
        await ivan.SendsAsync(News);
        await ivan.SeesAsync("Теперь пришлите фото");
        await ivan.AttachesAsync(
            new FilePayload { Name = "park-1.png", MimeType = "image/png", Buffer = Pictures.Png(SKColors.SkyBlue, SKColors.ForestGreen) },
            new FilePayload { Name = "park-2.png", MimeType = "image/png", Buffer = Pictures.Png(SKColors.LightSteelBlue, SKColors.OliveDrab) });
        var attached = await ivan.SeesAsync("Прикреплено файлов: 2 из 10");
        await Assertions.Expect(ivan.Root.Locator(".msg.mine .photos img")).ToHaveCountAsync(2);
        await ivan.PressesAsync(attached, "Дальше ▶");
        await ivan.PressesAsync(await ivan.SeesAsync("Когда хотели бы опубликовать"), "Без даты");
        await ivan.PressesAsync(await ivan.SeesAsync("Есть ли в кадре дети?"), "Нет");
        await ivan.PressesAsync(await ivan.SeesAsync("Видны ли чьи-то персональные данные"), "Нет");
        await ivan.PressesAsync(await ivan.SeesAsync("📤 Отправить"), "📤 Отправить");
        await ivan.SeesAsync("отправлена координатору");

        // A coordinator gets the card with both photos, presses ✅ and a date.
        var card = await olga.SeesAsync(News);
        await Assertions.Expect(olga.Root.Locator(".msg.bot .photos.n2 img")).ToHaveCountAsync(2);
        await Screenshot(page, "2-card-for-the-coordinator");
        await olga.PressesAsync(card, "✅ В план");
        var picker = await olga.SeesAsync("на какой день поставить в план");
        await olga.PressesAsync(picker, "чт 26.11");
        await olga.SeesAsync("Готово: в плане на 26.11.2026");
        await ivan.SeesAsync("26.11");

        // The plan shows it.
        await olga.SendsAsync("/plan");
        var plan = await olga.SeesAsync("Субботник в парке Победы");
        await Assertions.Expect(plan.GetByRole(AriaRole.Button, new() { Name = "📥 Excel" })).ToBeVisibleAsync();
        await Screenshot(page, "3-plan");

        // Wednesday 10:00: the weekly pace check reminds the department that is behind.
        await page.GetByRole(AriaRole.Button, new() { Name = "до среды 10:00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#clock")).ToHaveTextAsync("среда, 25 ноября 2026, 10:00", new() { Timeout = ChatColumn.Timeout });
        var reminder = await ivan.SeesAsync("Норма публикаций: Отдел культуры");
        await Assertions.Expect(reminder).ToContainTextAsync("не хватает 1");
        await Screenshot(page, "4-wednesday-reminder");

        // The plan downloads as Excel, with the news in it.
        await olga.PressesAsync(await olga.SeesAsync("Субботник в парке Победы"), "📥 Excel");
        var file = olga.Root.Locator(".msg.bot a.doc", new() { HasText = ".xlsx" }).Last;
        // The playground's first Excel export loads ClosedXML and its fonts: on a 2-core machine shared with the
        // other test assemblies (CI runs them side by side) that once took more than the usual 30 s.
        await file.WaitForAsync(new() { Timeout = 3 * ChatColumn.Timeout });
        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = Path.Combine(PlaygroundBrowser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using (var workbook = new XLWorkbook(saved))
        {
            var cells = workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed()).Select(cell => cell.GetString());
            Assert.Contains(cells, text => text.Contains("Субботник в парке Победы", StringComparison.Ordinal));
        }

        await Screenshot(page, "5-excel");
        Assert.Empty(playground.App.World.Server.Violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_one_chat_shows_at_a_time_and_the_tabs_switch_between_people()
    {
        var context = await playground.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(playground.App.Url);
        var olga = new ChatColumn(page, DemoCast.Olga.Id);
        await Assertions.Expect(new ChatColumn(page, DemoCast.Admin.Id).Root).ToBeVisibleAsync();
        await Assertions.Expect(olga.Root).ToBeHiddenAsync();

        await page.Locator("#tabs button", new() { HasText = DemoCast.Olga.FirstName }).ClickAsync();
        await Assertions.Expect(olga.Root).ToBeVisibleAsync();
        await olga.SeesAsync("районная зарядка");
        await Screenshot(page, "6-phone");
        await context.CloseAsync();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundBrowser.ScreenshotFolder, name + ".png") });
}
