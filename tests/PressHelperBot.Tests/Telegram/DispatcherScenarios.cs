using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Telegram;

public sealed class DispatcherScenarios
{
    [Fact]
    public async Task One_slow_chat_does_not_hold_up_the_others_and_its_own_updates_stay_in_order()
    {
        var gate = new SlowCommand.Gate();
        await using var bot = await BotUnderTest.StartAsync(overrides: s => s.AddSingleton(gate).AddCommand<SlowCommand>());
        var slow = bot.NewPerson("Медленный");
        var quick = bot.NewPerson("Быстрый");
        bot.Seed.Staff(slow);
        bot.Seed.Staff(quick);

        await slow.SendsAsync("/slow");
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await slow.SendsAsync("/help");
        await quick.SendsAsync("/help");
        await quick.SeesAsync("Вы — сотрудник");

        Assert.DoesNotContain(slow.Chat.Messages, m => m.FromBot);
        gate.Release.SetResult();
        await slow.SeesAsync("Вы — сотрудник");
        var replies = slow.Chat.Messages.Where(m => m.FromBot).Select(m => m.Text).ToList();
        Assert.Equal("медленный ответ", replies[0]);
        Assert.Contains("Вы — сотрудник", replies[1]);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_update_delivered_again_after_a_restart_is_handled_once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        var updateId = await ivan.SendsAsync("/help");
        await ivan.SeesAsync("Это бот пресс-службы");
        await bot.SettledAsync();

        await bot.RestartAsync();
        bot.Server.Redeliver(updateId);
        await bot.SettledAsync();

        Assert.Equal(1, ivan.BotMessageCount());
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_token_never_reaches_a_log_line()
    {
        await using var bot = await BotUnderTest.StartAsync(settings => settings[LoggingSettings.LogLevelKey] = "Trace");
        bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/join");
        await ivan.SendsAsync("Иван Петров");
        await ivan.SeesAsync("Выберите ваш отдел");
        await ivan.PressesAsync("Отдел культуры");
        await bot.Admin.SeesAsync("Заявка на вступление");
        await bot.RestartAsync();

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(bot.Server.Token, StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Every_button_press_is_answered_also_a_forbidden_one_from_a_stranger()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var stranger = bot.NewPerson("Незнакомец");
        await stranger.SendsAsync("/start");
        var welcome = await stranger.SeesAsync("Здравствуйте");

        var forbidden = await stranger.SendsCallbackAsync(welcome.MessageId, ButtonCodec.Encode(new PressHelperBot.Features.Admin.DepartmentListButton()));
        var unknown = await stranger.SendsCallbackAsync(welcome.MessageId, "v1:nosuch:thing");

        Assert.Equal("Сначала нужно зарегистрироваться: нажмите /start.", await stranger.WaitForCallbackAnswerAsync(forbidden));
        Assert.Equal("Кнопка устарела", await stranger.WaitForCallbackAnswerAsync(unknown));
        bot.Server.AssertNoViolations();
    }

    // A command that waits until the test lets it go, to stand for a slow handler.
    private sealed class SlowCommand(SlowCommand.Gate gate, IChatNotifier notifier) : ICommandHandler
    {
        public string Command => "slow";

        public string? Description => null;

        public Audience Audience => Audience.Registered;

        public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
        {
            gate.Entered.TrySetResult();
            await gate.Release.Task.WaitAsync(ct);
            await notifier.SendAsync(context.ChatId, "медленный ответ", ct: ct);
        }

        public sealed class Gate
        {
            public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
