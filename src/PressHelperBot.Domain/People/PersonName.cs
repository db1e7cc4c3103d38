namespace PressHelperBot.Domain.People;

public enum NameProblem
{
    None,
    Empty,
    TooLong,
}

// Names of people and departments are typed by hand; the limits keep cards and buttons readable.
public static class PersonName
{
    public const int MaxLength = 100;

    public static NameProblem Check(string? raw)
    {
        var name = Normalize(raw);
        if (name.Length == 0)
        {
            return NameProblem.Empty;
        }

        return name.Length > MaxLength ? NameProblem.TooLong : NameProblem.None;
    }

    // Collapses runs of whitespace (also line breaks) so a name is always one line.
    public static string Normalize(string? raw) =>
        string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Require(string? raw)
    {
        var problem = Check(raw);
        if (problem != NameProblem.None)
        {
            throw new DomainRuleException($"Name is not acceptable: {problem}.");
        }

        return Normalize(raw);
    }
}
