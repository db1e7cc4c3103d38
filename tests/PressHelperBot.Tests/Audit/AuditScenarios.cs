using System.Reflection;
using ClosedXML.Excel;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Features.Audit;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Audit;

// «🧾 Журнал изменений»: coordinators and admins read who changed what, and when, and take it to Excel.
public sealed class AuditScenarios
{
    [Fact]
    public async Task An_admin_exports_the_log_after_a_promotion_a_quota_change_and_a_style_setting()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var olga = bot.NewPerson("Ольга", "Иванова");
        bot.Seed.Coordinator(olga);

        // The promotion and the quota change are written the way their own features write them (the
        // people and quota flows of issues 12 and 13 record their changes in this same log).
        var now = bot.Clock.GetUtcNow();
        var log = bot.Get<AuditLog>();
        log.Append(AuditEntry.Of(now.AddDays(-2), BotUnderTest.AdminId, "Анна Админова", AuditArea.Roles, "Ольга Иванова: роль", "сотрудник", "координатор"));
        log.Append(AuditEntry.Of(now.AddDays(-1), BotUnderTest.AdminId, "Анна Админова", AuditArea.Quotas, "Отдел культуры: норма публикаций", "2 в неделю", "3 в неделю"));
        log.Append(AuditEntry.Of(now.AddDays(-30), BotUnderTest.AdminId, "Анна Админова", AuditArea.Blocks, "Пётр Сидоров", "", "заблокирован"));

        // A change of the style check made in the chat writes its own entry.
        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.PressesAsync("✅ Пустые слова");
        await olga.SeesButtonAsync("⛔ Пустые слова");

        await bot.Admin.SendsAsync("/start");
        await bot.Admin.PressesAsync(AuditTexts.MenuButton);
        await bot.Admin.SeesAsync("За какой период показать?");
        await bot.Admin.PressesAsync("За 7 дней");
        var view = await bot.Admin.SeesAsync("Журнал изменений за 17.11–23.11.2026: 3 записи.");
        var shown = view.Text.Split("\n\n").Skip(1).ToList();
        Assert.Equal(3, shown.Count);
        Assert.Contains("Проверка стиля · Ольга Иванова", shown[0]);
        Assert.Contains("Проверка стиля: «Пустые слова»: включена → выключена", shown[0]);
        Assert.Contains("22.11.2026 09:00 · Нормы публикаций · Анна Админова", shown[1]);
        Assert.Contains("Отдел культуры: норма публикаций: 2 в неделю → 3 в неделю", shown[1]);
        Assert.Contains("Ольга Иванова: роль: сотрудник → координатор", shown[2]);
        Assert.DoesNotContain("Пётр Сидоров", view.Text);

        await bot.Admin.PressesAsync(AuditTexts.ExcelButton);
        var file = await bot.Admin.SeesAsync("Журнал изменений за 17.11–23.11.2026: 3 записи.");
        Assert.Equal("audit_2026-11-17_2026-11-23.xlsx", file.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(file.FileContent!));
        var sheet = workbook.Worksheet(AuditWorkbook.Sheet);
        var rows = Enumerable.Range(2, 3).Select(row => Enumerable.Range(1, 6).Select(column => sheet.Cell(row, column).GetString()).ToList()).ToList();
        Assert.Equal(["Роли", "Анна Админова", "Ольга Иванова: роль", "сотрудник", "координатор"], rows[0].Skip(1));
        Assert.Equal(["Нормы публикаций", "Анна Админова", "Отдел культуры: норма публикаций", "2 в неделю", "3 в неделю"], rows[1].Skip(1));
        Assert.Equal(["Проверка стиля", "Ольга Иванова", "Проверка стиля: «Пустые слова»", "включена", "выключена"], rows[2].Skip(1));
        Assert.Equal(new DateTime(2026, 11, 21, 9, 0, 0), sheet.Cell(2, 1).GetDateTime());
        Assert.True(sheet.Cell(5, 1).IsEmpty());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Style_settings_changes_are_logged_once_each_with_the_value_before_and_after()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var olga = bot.NewPerson("Ольга", "Иванова");
        bot.Seed.Coordinator(olga);

        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        var settings = await olga.SeesButtonAsync("✅ Пустые слова");
        var turnOff = settings.AllButtons.Single(b => b.Text == "✅ Пустые слова").CallbackData!;
        await olga.PressesAsync(settings, "✅ Пустые слова");
        await olga.SeesButtonAsync("⛔ Пустые слова");
        // The same button once more, from a message that still shows it: the check stays off, and
        // nothing new is logged.
        var again = await olga.SendsCallbackAsync(settings.MessageId, turnOff);
        await olga.WaitForCallbackAnswerAsync(again);
        await olga.PressesAsync("➕ Добавить слово");
        await olga.SendsAsync("шаговая доступность | штамп | рядом с домом");
        await olga.SeesAsync("Добавлено");
        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.PressesAsync("📖 Свои слова (1)");
        await olga.PressesAsync("🗑 шаговая доступность");
        await olga.SeesAsync("Своих слов пока нет");

        var entries = bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddHours(-1), bot.Clock.GetUtcNow().AddHours(1));
        Assert.Equal(
            [
                ("Проверка стиля: «Пустые слова»", "включена", "выключена"),
                ("Свои слова проверки стиля: «шаговая доступность»", "нет в словаре", "штамп → рядом с домом"),
                ("Свои слова проверки стиля: «шаговая доступность»", "штамп → рядом с домом", "нет в словаре"),
            ],
            entries.Select(e => (e.Subject, e.Before, e.After)));
        Assert.All(entries, e => Assert.Equal((olga.Id, "Ольга Иванова", AuditArea.StyleSettings), (e.ActorId, e.ActorName, e.Area)));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_typed_period_is_taken_after_a_wrong_one_and_a_restart_and_staff_cannot_read_the_log()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        bot.Get<AuditLog>().Append(AuditEntry.Of(
            bot.Clock.GetUtcNow().AddDays(-10), BotUnderTest.AdminId, "Анна Админова", AuditArea.Departments, "Отдел культуры: название", "Отдел культуры и спорта", "Отдел культуры"));

        await bot.Admin.SendsAsync("/audit");
        await bot.Admin.SeesAsync("За какой период показать?");
        await bot.RestartAsync();
        await bot.Admin.SendsStickerAsync();
        await bot.Admin.SeesAsync("Нужен период текстом");
        await bot.Admin.SendsAsync("31.02–05.03");
        await bot.Admin.SeesAsync("Даты 31.02 не бывает");
        await bot.Admin.SendsAsync("01.11–30.11");
        var view = await bot.Admin.SeesAsync("Журнал изменений за 01.11–30.11.2026: 1 запись.");
        Assert.Contains("13.11.2026 09:00 · Отделы · Анна Админова", view.Text);
        Assert.Null(bot.Get<ConversationStore>().Find(BotUnderTest.AdminId));
        await bot.Admin.SendsAsync("/audit 01.10–31.10");
        var empty = await bot.Admin.SeesAsync("За этот период изменений не было.");
        Assert.DoesNotContain(AuditTexts.ExcelButton, empty.ButtonLabels());

        await ivan.SendsAsync("/audit");
        await ivan.SeesAsync("Эта команда вам недоступна");
        var press = await ivan.SendsCallbackAsync(ivan.Chat.Messages.Last(m => m.FromBot).MessageId, ButtonCodec.Encode(new AuditExcelButton(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))));
        Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(press));
        Assert.DoesNotContain(ivan.Chat.Messages, m => m.FileName is not null);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public void The_audit_log_can_only_be_appended_to_and_read()
    {
        var methods = typeof(AuditLog).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name);

        Assert.Equal(["Append", "Between"], methods.Order());
    }
}
