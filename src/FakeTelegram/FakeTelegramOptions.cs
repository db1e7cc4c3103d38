namespace FakeTelegram;

public sealed class FakeTelegramOptions
{
    public long BotId { get; init; } = 7000000001;

    public string BotUsername { get; init; } = "press_helper_test_bot";

    public string BotFirstName { get; init; } = "PressHelper Test";

    // Another Bot API description instead of the embedded BotApi/api.json; a missing file stops the fake.
    public string? ApiJsonPath { get; init; }

    // The real server caps the long poll at 50 s; tests rarely want more than a few seconds.
    public int MaxPollTimeoutSeconds { get; init; } = 50;

    // How long the waiting helpers wait when the test does not say.
    public TimeSpan DefaultWaitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    // Dates of messages; rate limits and waits always use real time.
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    // Checks the fake's own answers and updates against the spec (a violation when they stray);
    // the fake's tests turn it on.
    public bool CheckOwnAnswers { get; init; }

    // Telegram answers "chat not found" for a chat the bot never saw; a test may relax that.
    public bool AllowUnknownChats { get; init; }
}
