using PressHelperBot.Configuration;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Support;
using static PressHelperBot.Tests.Plan.PlanSeed;

namespace PressHelperBot.Tests.Plan;

// CHANNEL_ID set: scheduled items go to the channel on their day at CHANNEL_POST_TIME (10:00 Moscow).
public sealed class ChannelPostScenarios
{
    private const long ChannelId = -1001234567890;

    private static DateTimeOffset Moscow(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(3));

    [Fact]
    public async Task A_scheduled_item_is_posted_once_on_its_day_and_marked_published_with_the_link_and_a_missed_day_is_not_made_up()
    {
        await using var bot = await BotUnderTest.StartAsync(settings =>
        {
            settings[ChannelSettings.ChannelIdKey] = ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[QuotaSettings.QuotaPaceCronKey] = "0 9 1 1 *";
            settings[QuotaSettings.QuotaReportCronKey] = "0 9 1 1 *";
        });
        var channel = bot.Server.CreateGroup(ChannelId, "Новости района");
        var culture = bot.Seed.Department("Отдел культуры");
        var author = bot.NewPerson("Ольга", "Сидорова");
        bot.Seed.Staff(author, culture);
        var today = bot.Scheduled(author, culture, "Субботник <b>в парке</b> & уборка", Day(24));
        var byHand = bot.Published(author, culture, "Уже опубликовано вручную", Day(24), "https://vk.com/wall-1_1");
        var missed = bot.Scheduled(author, culture, "Концерт в среду", Day(25));

        await bot.AdvanceToAsync(Moscow(24, 9, 59));
        Assert.Empty(channel.Chat.Messages);

        await bot.AdvanceToAsync(Moscow(24, 10, 0));
        var post = Assert.Single(channel.Chat.Messages);
        Assert.Equal("Субботник <b>в парке</b> & уборка", post.Text);
        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));

        var stored = bot.Stored(today);
        Assert.Equal(SubmissionStatus.Published, stored.Status);
        Assert.Equal($"https://t.me/c/1234567890/{post.MessageId}", stored.PublishedLink);
        await author.SeesAsync($"📣 Ваша новость «Субботник <b>в парке</b> & уборка» опубликована в канале: https://t.me/c/1234567890/{post.MessageId}");
        Assert.Equal("https://vk.com/wall-1_1", bot.Stored(byHand).PublishedLink);

        await bot.RestartAsync();
        await bot.AdvanceToAsync(Moscow(24, 12, 0));
        Assert.Single(channel.Chat.Messages);

        // Down all Wednesday: Wednesday's item is not posted on Thursday.
        await bot.StopAsync();
        bot.Clock.SetUtcNow(Moscow(26, 10, 30));
        await bot.RestartAsync();
        await bot.JobsIdleAsync();
        await bot.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Single(channel.Chat.Messages);
        Assert.Equal(SubmissionStatus.Scheduled, bot.Stored(missed).Status);
        bot.Server.AssertNoViolations();
    }

    [Theory]
    [InlineData(ChannelSettings.ChannelIdKey, "@news", "CHANNEL_ID is '@news'")]
    [InlineData(ChannelSettings.ChannelPostTimeKey, "25:00", "CHANNEL_POST_TIME is '25:00'")]
    public void A_wrong_channel_setting_stops_the_start_with_its_fix(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [key] = value,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();

        Assert.StartsWith("Configuration error: " + expected, BotHost.SettingsProblem(host.Services));
    }
}
