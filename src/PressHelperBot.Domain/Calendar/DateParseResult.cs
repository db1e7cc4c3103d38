namespace PressHelperBot.Domain.Calendar;

// Either a date or a Russian message that the chat shows before asking for the date again.
public sealed record DateParseResult(DateOnly? Date, string? Error)
{
    public bool IsSuccess => Date is not null;

    public static DateParseResult Ok(DateOnly date) => new(date, null);

    public static DateParseResult Fail(string error) => new(null, error);
}
