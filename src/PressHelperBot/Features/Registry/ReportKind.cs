namespace PressHelperBot.Features.Registry;

// The three reports, with the short code kept in the conversation and in buttons.
internal enum ReportKind
{
    Created,
    Deleted,
    ResponsibleChanged,
}

internal static class ReportKinds
{
    public static string Code(ReportKind kind) => kind switch
    {
        ReportKind.Created => "c",
        ReportKind.Deleted => "d",
        _ => "r",
    };

    public static ReportKind? Parse(string? code) => code switch
    {
        "c" => ReportKind.Created,
        "d" => ReportKind.Deleted,
        "r" => ReportKind.ResponsibleChanged,
        _ => null,
    };
}
