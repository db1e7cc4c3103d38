using PressHelperBot.Features.Quotas;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Publications;
using PressHelperBot.Tests.Support;
using SkiaSharp;

namespace PressHelperBot.Tests.Quotas;

public sealed class WeeklyReportScenarios
{
    [Fact]
    public async Task On_Monday_09_00_coordinators_and_observers_get_last_week_as_text_and_a_PNG_chart_counting_only_what_went_out()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        var vk = bot.Get<AccountRepository>().All().Single();

        // Culture met its 2 in the week of 02.11 and has missed since: 09.11, 16.11 and 23.11.
        bot.PublishedIn(vk, "https://vk.com/wall-100_2", "2026-11-03");
        bot.PublishedIn(vk, "https://vk.com/wall-100_3", "2026-11-05");
        await bot.AdvanceToAsync(bot.Local("2026-11-30 08:59"));
        var before = world.Olga.Chat.Messages.Count(m => m.Kind == "photo");

        await bot.AdvanceToAsync(bot.Local("2026-11-30 09:00"));
        await bot.OutboxIdleAsync();

        var report = world.Olga.Chat.Messages.Where(m => m.Kind == "photo").Skip(before).Single();
        Assert.Contains("Норма публикаций: итоги недели 23.11–29.11.2026", report.Text, StringComparison.Ordinal);
        Assert.Contains("Организация: опубликовано 1 из 5 — норма не выполнена, не хватило 4.", report.Text, StringComparison.Ordinal);
        Assert.Contains("❌ Отдел культуры — 1 из 2 (не выполнено 3 недели подряд)", report.Text, StringComparison.Ordinal);

        // Sport's item was planned for Thursday and never went out: it does not count, it is listed.
        Assert.Contains("❌ Отдел спорта — 0 из 1", report.Text, StringComparison.Ordinal);
        Assert.Contains("➖ Архив — 0, норма 0", report.Text, StringComparison.Ordinal);
        Assert.Contains("Были в плане, но не вышли (1)\n• Чт 26.11 — Отдел спорта: Новость на 26.11 — Отдел спорта", report.Text, StringComparison.Ordinal);
        Assert.Contains("• ВКонтакте «Администрация района»: 1 из 5 за неделю", report.Text, StringComparison.Ordinal);
        Assert.Contains("Форматы: новость — 1.", report.Text, StringComparison.Ordinal);

        var png = report.FileContent!;
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        using (var image = SKBitmap.Decode(png))
        {
            Assert.Equal(QuotaChart.Width, image.Width);
            Assert.Equal(QuotaChart.HeightFor(3 + 1), image.Height);
        }

        Assert.Contains(world.Viktor.Chat.Messages, m => m.Kind == "photo" && m.Text.Contains("23.11–29.11.2026", StringComparison.Ordinal));
        Assert.Contains(bot.Admin.Chat.Messages, m => m.Kind == "photo" && m.Text.Contains("23.11–29.11.2026", StringComparison.Ordinal));
        Assert.DoesNotContain(world.Ivan.Chat.Messages, m => m.Kind == "photo");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_report_is_sent_once_even_when_the_bot_restarts_right_after_it()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var world = QuotaWorld.Create(bot);
        await bot.AdvanceToAsync(bot.Local("2026-11-30 09:00"));
        await bot.OutboxIdleAsync();

        await bot.RestartAsync();
        await bot.AdvanceAsync(TimeSpan.FromMinutes(10));
        await bot.OutboxIdleAsync();

        Assert.Single(world.Olga.Chat.Messages, m => m.Kind == "photo" && m.Text.Contains("23.11–29.11.2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_departments_there_is_no_report()
    {
        await using var bot = await BotUnderTest.StartAsync();

        await bot.AdvanceToAsync(bot.Local("2026-11-30 09:00"));
        await bot.OutboxIdleAsync();

        Assert.DoesNotContain(bot.Admin.Chat.Messages, m => m.Kind == "photo");
        Assert.Contains(bot.Logs.Lines, line => line.Contains("skipped: there are no departments", StringComparison.Ordinal));
    }
}
