using FakeTelegram;

namespace PressHelperBot.Playground;

// A chat as the page draws it: what the person sees now, edits and deletions applied.
public sealed record ChatView(long Id, IReadOnlyList<MessageView> Messages, IReadOnlyList<IReadOnlyList<string>>? Keyboard);

public sealed record MessageView(
    int Id,
    bool FromBot,
    string Kind,
    string Text,
    string? Html,
    string Day,
    string Time,
    bool Edited,
    string? Album,
    string? FileName,
    string? FileUrl,
    IReadOnlyList<IReadOnlyList<ButtonView>> Buttons);

public sealed record ButtonView(string Text, string? Data, string? Url);

internal static class ChatViews
{
    public static ChatView Of(FakeChat chat, Func<DateTimeOffset, (string Day, string Time)> time) => new(
        chat.Id,
        [.. chat.Messages.Select(m => Of(m, time))],
        chat.ReplyKeyboard);

    private static MessageView Of(BotMessage m, Func<DateTimeOffset, (string Day, string Time)> time) => new(
        m.MessageId,
        m.FromBot,
        m.Kind,
        m.Text,
        // The bot writes HTML; the page keeps only Telegram's tags (see app.js, sanitize).
        string.Equals(m.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? m.RawText : null,
        time(m.Date).Day,
        time(m.Date).Time,
        m.EditCount > 0,
        m.MediaGroupId,
        m.FileName ?? DefaultName(m),
        m.FileContent is null ? null : $"/api/files/{m.ChatId}/{m.MessageId}",
        [.. m.InlineButtons.Select(row => (IReadOnlyList<ButtonView>)[.. row.Select(b => new ButtonView(b.Text, b.CallbackData, b.Url))])]);

    private static string? DefaultName(BotMessage m) => m.Kind switch
    {
        "photo" => $"photo_{m.MessageId}.{(FileType.IsPng(m.FileContent) ? "png" : "jpg")}",
        "video" => $"video_{m.MessageId}.mp4",
        _ => null,
    };
}

internal static class FileType
{
    public static bool IsPng(byte[]? content) => content is [0x89, 0x50, 0x4E, 0x47, ..];

    public static bool IsJpeg(byte[]? content) => content is [0xFF, 0xD8, ..];

    public static string ContentType(string? fileName, byte[] content)
    {
        if (IsPng(content))
        {
            return "image/png";
        }

        if (IsJpeg(content))
        {
            return "image/jpeg";
        }

        return Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ics" => "text/calendar",
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".txt" or ".csv" => "text/plain; charset=utf-8",
            _ => "application/octet-stream",
        };
    }
}
