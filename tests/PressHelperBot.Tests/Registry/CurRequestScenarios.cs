using ClosedXML.Excel;
using FakeTelegram;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Features.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// A request of the regional ЦУР (Amurzet 5.3, 6.4), answered with a document assembled from the
// registry. Day 0 is Monday 23.11.2026; reminders go at 10:00.
public sealed class CurRequestScenarios
{
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");

    private static DateTimeOffset On(int day, string time = "10:00") =>
        Moscow.Instant(new DateOnly(2026, 11, 23).AddDays(day), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    private static int Count(FakeUser user, string fragment) => user.Chat.Messages.Count(m => m.FromBot && m.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public async Task A_request_is_recorded_reminded_before_its_due_date_and_answered_with_the_registry_as_a_workbook_that_is_kept()
    {
        const long CurChat = -1001234567890;
        await using var world = await RegistryWorld.StartAsync(settings => settings[RegistrySettings.CurChatIdKey] = CurChat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (bot, _, maria) = world;
        var cur = bot.Server.CreateGroup(CurChat, "ЦУР");
        bot.Account(world.School, contact: "+7 900 123-45-67");

        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📨 Запросы ЦУР");
        await maria.SeesAsync("Открытых запросов нет");
        await maria.PressesAsync("➕ Новый запрос");
        await maria.SeesAsync("Что запрашивает ЦУР?");
        await maria.SendsStickerAsync();
        await maria.SeesAsync("Пришлите ответ текстом");
        await maria.SendsAsync("Сведения об официальных страницах подведомственных организаций и ответственных за них");
        await maria.SeesAsync("К какому сроку нужен ответ?");
        await bot.RestartAsync();
        await maria.SendsAsync("когда-нибудь");
        await maria.SeesAsync("Не получилось понять дату");
        await maria.SendsAsync("20.11.2026");
        await maria.SeesAsync("Дата 20.11.2026 уже прошла");
        await maria.SendsAsync("26.11");
        await maria.SeesAsync("✅ Записал запрос ЦУР №1");
        await maria.SeesAsync("Срок ответа: 26.11.2026 (осталось 3 дня)");

        await bot.AdvanceToAsync(On(0));
        await maria.SeesAsync("Через 3 дня срок ответа на запрос ЦУР №1");
        await bot.AdvanceToAsync(On(2, "09:59"));
        Assert.Equal(1, Count(maria, "⏰"));
        await bot.AdvanceToAsync(On(2));
        var reminder = await maria.SeesAsync("Завтра срок ответа на запрос ЦУР №1");
        await maria.PressesAsync(reminder, CurTexts.OpenButton);
        await maria.SeesAsync("Запрос ЦУР №1\nЧто запрашивают: Сведения");
        await maria.PressesAsync(CurTexts.AssembleButton);
        var answer = await maria.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.FileName == "otvet-cur-1-2026-11-25.xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(answer.FileContent!)))
        {
            Assert.Equal(["Запрос", "Реестр"], workbook.Worksheets.Select(s => s.Name));
            Assert.Contains("Сведения об официальных страницах", workbook.Worksheet("Запрос").Cell(2, 2).GetString());
            var accounts = workbook.Worksheet("Реестр");
            Assert.Equal("https://vk.com/school2", accounts.Cell(2, 4).GetString());
            Assert.Equal("+7 900 123-45-67", accounts.Cell(2, 10).GetString());
        }
        await maria.PressesAsync(CurTexts.SendButton);
        await maria.SeesAsync("✅ Ответ отправлен 25.11.2026: Мария Петрова");
        var sent = await cur.Chat.WaitForBotMessageAsync(m => m.Kind == "document");
        Assert.Equal(answer.FileContent, sent.FileContent);
        Assert.Contains("Ответ администрации на запрос №1", sent.Text);

        await maria.PressesAsync(RegistryTexts.BackButton);
        await maria.SeesAsync("Отправленные ответы ЦУР");
        await maria.PressesAsync("№1: Сведения об официальных страницах");
        await maria.PressesAsync(CurTexts.FileButton);
        var copy = await maria.Chat.WaitForBotMessageAsync(m => m.Kind == "document" && m.MessageId != answer.MessageId);
        Assert.Equal(answer.FileContent, copy.FileContent);

        await bot.AdvanceToAsync(On(5));
        Assert.Equal(2, Count(maria, "⏰"));
        Assert.Equal(0, Count(maria, "Просрочен"));
        var stored = bot.Get<CurRequestRepository>().Find(1)!;
        Assert.Equal((maria.Id, "otvet-cur-1-2026-11-25.xlsx"), (stored.AnsweredById, stored.AnswerFileName));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_unanswered_request_is_overdue_on_the_next_working_day_and_staff_cannot_record_one()
    {
        await using var world = await RegistryWorld.StartAsync();
        var (bot, ivan, maria) = world;
        await maria.OpensRegistryAsync();
        await maria.PressesAsync("📨 Запросы ЦУР");
        await maria.PressesAsync("➕ Новый запрос");
        await maria.SendsAsync("Списки администраторов страниц");
        await maria.SeesAsync("К какому сроку нужен ответ?");
        await maria.SendsAsync("сегодня");
        await maria.SeesAsync("✅ Записал запрос ЦУР №1");

        await bot.AdvanceToAsync(On(0, "10:00"));
        await maria.SeesAsync("Сегодня последний день ответа на запрос ЦУР №1");
        await bot.AdvanceToAsync(On(1));
        await maria.SeesAsync("Просрочен ответ на 1 день: запрос ЦУР №1");

        await ivan.OpensRegistryAsync();
        var menu = ivan.Chat.LastBotMessage!;
        Assert.DoesNotContain("📨 Запросы ЦУР", menu.ButtonLabels());
        var forged = await ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(new NewCurRequestButton()));
        Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(forged));
        Assert.Single(bot.Get<CurRequestRepository>().All());
        bot.Server.AssertNoViolations();
    }
}
