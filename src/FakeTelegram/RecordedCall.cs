using System.Text.Json.Nodes;

namespace FakeTelegram;

// Parameters hold what the bot sent: JSON values as sent, form values as strings (JSON text parsed).
public sealed record RecordedCall(string Method, JsonObject Parameters, int StatusCode, DateTimeOffset At, string? Description)
{
    public long? ChatId => Parameters["chat_id"] is { } node && long.TryParse(node.ToString(), out var id) ? id : null;

    public string? Text => Parameters["text"]?.ToString() ?? Parameters["caption"]?.ToString();

    public override string ToString() => $"{Method} -> {StatusCode} {Http.JsonText.Of(Parameters)}";
}
