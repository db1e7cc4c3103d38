namespace PressHelperBot.Domain.Registry;

public enum AccountEventKind
{
    Created,
    Deleted,
    ResponsibleChanged,
}

// Date is the local date the event happened (what the registry shows); ReportedAt is when someone
// told the bot, which may be later.
public sealed record AccountEvent(AccountEventKind Kind, DateOnly Date, long ReportedById, DateTimeOffset ReportedAt, string? Details);
