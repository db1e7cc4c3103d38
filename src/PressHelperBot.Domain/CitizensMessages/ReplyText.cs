namespace PressHelperBot.Domain.CitizensMessages;

// A reply is a comment under a post: short. Telegram's own message limit is the ceiling, so a reply
// always fits one message the coordinator can copy whole.
public static class ReplyText
{
    public const int MaxLength = 4096;

    // Null when the text can be a reply; else why not, in Russian.
    public static string? Problem(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Ответ пустой. Напишите текст ответа автору.";
        }

        return trimmed.Length > MaxLength
            ? $"Ответ слишком длинный: {trimmed.Length} знаков, а можно не больше {MaxLength}. Комментарии в сетях короткие — сократите текст."
            : null;
    }

    public static string Require(string? text) =>
        Problem(text) is { } problem ? throw new DomainException(problem) : text!.Trim();
}
