using PressHelperBot.Configuration;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Tests.Submissions;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Review;

public sealed class CoordinatorsGroupScenarios
{
    private const long GroupId = -1001234567890;

    [Fact]
    public async Task With_a_coordinators_group_the_card_goes_there_once_and_the_date_is_asked_privately()
    {
        await using var bot = await BotUnderTest.StartAsync(settings => settings[ReviewSettings.CoordinatorsChatIdKey] = GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var group = bot.Server.CreateGroup(GroupId, "Координаторы");
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Новость для группы", wished: new DateOnly(2026, 11, 30));
        await bot.OutboxIdleAsync();
        var card = Assert.Single(group.Chat.Messages, m => m.FromBot && m.Text.Contains($"Новость №{submission.Id}"));
        Assert.DoesNotContain(desk.Maria.Chat.Messages, m => m.Text.Contains($"Новость №{submission.Id}"));

        var staffPress = await desk.Ivan.PressesInGroupAsync(group, "✅ В план");
        Assert.Equal("Это действие вам недоступно", await desk.Ivan.WaitForCallbackAnswerAsync(staffPress));
        await desk.Maria.PressesInGroupAsync(group, "✅ В план");
        var picker = await desk.Maria.SeesAsync("на какой день поставить в план");
        Assert.Equal("пн 30.11", picker.ButtonLabels()[0]);
        await desk.Maria.PressesAsync("пн 30.11");
        await desk.Maria.SeesAsync("Готово: в плане на 30.11.2026");
        await bot.OutboxIdleAsync();

        var closed = group.Chat.Messages.Single(m => m.MessageId == card.MessageId);
        Assert.Contains("✅ В план на 30.11.2026 — Мария Первая", closed.Text);
        Assert.Equal(["📜 История"], closed.ButtonLabels());
        Assert.Equal(SubmissionStatus.Scheduled, desk.Submissions.Find(submission.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_restart_while_a_coordinator_is_asked_for_the_comment_keeps_the_question()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Новость до перезапуска");
        await desk.CardAsync(desk.Maria, submission);
        await desk.Maria.PressesAsync("✏️ На доработку");
        await desk.Maria.SeesAsync("напишите автору, что исправить");

        await bot.RestartAsync();
        await desk.Maria.SendsAsync("Нужны фото");
        await desk.Maria.SeesAsync("Готово: отправлено автору на доработку");
        await bot.OutboxIdleAsync();

        await desk.Ivan.SeesAsync("Комментарий координатора: Нужны фото");
        Assert.Equal(SubmissionStatus.ChangesRequested, desk.Submissions.Find(submission.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_message_long_after_the_question_is_not_taken_as_the_answer()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var desk = NewsDesk.Open(bot);
        var submission = desk.Submitted("Новость без спешки");
        await desk.CardAsync(desk.Maria, submission);
        await desk.Maria.PressesAsync("❌ Отклонить");
        await desk.Maria.SeesAsync("выберите причину или напишите свою");
        await bot.SettledAsync();

        bot.Clock.Advance(TimeSpan.FromHours(2));
        await desk.Maria.SendsAsync("купить хлеба");
        await desk.Maria.SeesAsync("сообщение не принято как ответ");

        Assert.Equal(SubmissionStatus.Submitted, desk.Submissions.Find(submission.Id)!.Status);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public void A_coordinators_chat_id_that_is_not_a_number_stops_the_start_with_the_fix()
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [ReviewSettings.CoordinatorsChatIdKey] = "координаторы",
        };
        using var host = BotHost.CreateBuilder([], settings).Build();

        Assert.StartsWith(
            "Configuration error: COORDINATORS_CHAT_ID is 'координаторы': set the numeric id of the coordinators' group chat",
            BotHost.SettingsProblem(host.Services));
    }
}
