namespace PressHelperBot.Persistence;

// Where a user is in a multi-step conversation and what they entered so far. Stored, so a
// restart continues at the same step.
public sealed class ConversationState
{
    public long UserId { get; set; }

    public string Feature { get; set; } = "";

    public string Step { get; set; } = "";

    public Dictionary<string, string> Values { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public string? Value(string key) => Values.GetValueOrDefault(key);

    public bool Is(string feature, string step) => Feature == feature && Step == step;
}
