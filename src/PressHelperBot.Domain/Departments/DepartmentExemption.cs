namespace PressHelperBot.Domain.Departments;

// An organisation that by agreement keeps no official pages (Amurzet section 1 item 3 and its
// appendix): the basis is the document that says so and its date. RecordedById and RecordedAt say
// who entered it into the bot, and when.
public sealed record DepartmentExemption(string Document, DateOnly Date, long RecordedById, DateTimeOffset RecordedAt)
{
    public const int MaxDocumentLength = 200;
}
