using PressHelperBot.Tests.Quotas;
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
        var culture = bot.Department("Отдел культуры", weeklyQuota: 2);
        var olga = bot.NewPerson("Ольга", "Иванова");
        bot.Seed.Coordinator(olga);
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, culture);
        var log = bot.Get<AuditLog>();
        log.Append(AuditEntry.Of(bot.Clock.GetUtcNow().AddDays(-30), BotUnderTest.AdminId, "Анна Админова", AuditArea.Blocks, "Пётр Сидоров", "", "заблокирован"));

        // Each change made in the chat, by the feature that owns it, writes its own entry.
        var admin = bot.Admin;
        await admin.SendsAsync("/people");
        await admin.PressesAsync("👤 Иван Петров");
        await admin.PressesAsync("🛠 Сделать координатором");
        await admin.SeesAsync("Роль: координатор");
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        await olga.SendsAsync("/quota");
        await olga.PressesAsync("🎯 Изменить нормы");
        await olga.PressesAsync("Отдел культуры — 2");
        await olga.SendsAsync("3");
        await olga.SeesAsync("Отдел культуры: норма — 3 публикации в неделю");
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        await olga.SendsAsync("/start");
        await olga.PressesAsync("⚙️ Настройки проверки");
        await olga.PressesAsync("✅ Пустые слова");
        await olga.SeesButtonAsync("⛔ Пустые слова");

        await admin.SendsAsync("/start");
        await admin.PressesAsync(AuditTexts.MenuButton);
        await admin.SeesAsync("За какой период показать?");
        await admin.PressesAsync("За 7 дней");
        var view = await admin.SeesAsync("Журнал изменений за 17.11–23.11.2026: 4 записи.");
        var shown = view.Text.Split("\n\n").Skip(1).ToList();
        Assert.Equal(4, shown.Count);
        Assert.Contains("Проверка стиля · Ольга Иванова", shown[0]);
        Assert.Contains("Проверка стиля: «Пустые слова»: включена → выключена", shown[0]);
        Assert.Contains("Нормы публикаций · Ольга Иванова", shown[1]);
        Assert.Contains("Отдел культуры: норма публикаций: 2 → 3", shown[1]);

        // A promotion takes the person out of their departments: two entries of one change.
        Assert.Contains("Роли · Анна Админова", shown[2]);
        Assert.Contains("Иван Петров: отделы: Отдел культуры → —", shown[2]);
        Assert.Contains("Роли · Анна Админова", shown[3]);
        Assert.Contains("Иван Петров: роль: сотрудник → координатор", shown[3]);
        Assert.DoesNotContain("Пётр Сидоров", view.Text);

        await admin.PressesAsync(AuditTexts.ExcelButton);
        var file = await admin.SeesAsync("Журнал изменений за 17.11–23.11.2026: 4 записи.");
        Assert.Equal("audit_2026-11-17_2026-11-23.xlsx", file.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(file.FileContent!));
        var sheet = workbook.Worksheet(AuditWorkbook.Sheet);
        var rows = Enumerable.Range(2, 4).Select(row => Enumerable.Range(1, 6).Select(column => sheet.Cell(row, column).GetString()).ToList()).ToList();
        Assert.Equal(["Роли", "Анна Админова", "Иван Петров: роль", "сотрудник", "координатор"], rows[0].Skip(1));
        Assert.Equal(["Роли", "Анна Админова", "Иван Петров: отделы", "Отдел культуры", "—"], rows[1].Skip(1));
        Assert.Equal(["Нормы публикаций", "Ольга Иванова", "Отдел культуры: норма публикаций", "2", "3"], rows[2].Skip(1));
        Assert.Equal(["Проверка стиля", "Ольга Иванова", "Проверка стиля: «Пустые слова»", "включена", "выключена"], rows[3].Skip(1));
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0), sheet.Cell(2, 1).GetDateTime());
        Assert.True(sheet.Cell(6, 1).IsEmpty());
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
