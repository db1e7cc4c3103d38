namespace PressHelperBot.Domain.Submissions;

public enum TimelineKind
{
    Sent,
    SentAgain,
    ChangesRequested,
    Scheduled,
    Rejected,
    Withdrawn,
    Moved,
    Unscheduled,
    Published,
    TextCorrected,
    TextEditedByCoordinator,
    ConsentAnswered,
}

// One line of what happened to a submission, for the people concerned: who (ById), when, what, the
// comment that came with it (a coordinator's comment or reason, a date, a link) and the version.
public sealed record TimelineEntry(DateTimeOffset At, long ById, TimelineKind Kind, string? Comment = null, int? Version = null, ConsentRecord? Consent = null);

// The story of a submission told from its stored history, its text versions and its consent answers:
// oldest first; at one instant a new text comes before the sending it belongs to. The internal
// creation of the draft is left out: for people a submission starts when it is sent.
public static class SubmissionTimeline
{
    // Comments on the card of a new version are repeated «in short»: enough to recall the request.
    public const int ShortComment = 120;

    public static IReadOnlyList<TimelineEntry> Of(Submission submission)
    {
        var texts = submission.Versions.Where(version => version.Number > 1).Select(version => (Order: 0, Entry: new TimelineEntry(
            version.At, version.ById, version.ByCoordinator ? TimelineKind.TextEditedByCoordinator : TimelineKind.TextCorrected, null, version.Number)));
        var consents = submission.Consents.Select(record => (Order: 1, Entry: new TimelineEntry(
            record.At, submission.AuthorId, TimelineKind.ConsentAnswered, null, record.Version, record)));
        var changes = submission.History.Select(change => (Order: 2, Entry: FromChange(change))).Where(line => line.Entry is not null);
        return texts.Concat(consents).Concat(changes!)
            .Select((line, index) => (line.Order, line.Entry, index))
            .OrderBy(line => line.Entry!.At).ThenBy(line => line.Order).ThenBy(line => line.index)
            .Select(line => line.Entry!)
            .ToList();
    }

    // What coordinators said when they sent the submission back or took it out of the plan, oldest
    // first: a card of a new version repeats these so nobody has to look for them.
    public static IReadOnlyList<TimelineEntry> EarlierComments(Submission submission) =>
        [.. Of(submission).Where(entry => entry.Kind is TimelineKind.ChangesRequested or TimelineKind.Unscheduled && entry.Comment is not null)];

    public static string Short(string comment)
    {
        var line = string.Join(' ', comment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= ShortComment ? line : line[..(char.IsHighSurrogate(line[ShortComment - 2]) ? ShortComment - 2 : ShortComment - 1)] + "…";
    }

    private static TimelineEntry? FromChange(StatusChange change) => change.Action switch
    {
        SubmissionAction.Created => null,
        SubmissionAction.Submit when change.From == SubmissionStatus.Draft => Entry(change, TimelineKind.Sent),
        SubmissionAction.Submit => Entry(change, TimelineKind.SentAgain),
        SubmissionAction.RequestChanges => Entry(change, TimelineKind.ChangesRequested),
        SubmissionAction.Schedule => Entry(change, TimelineKind.Scheduled),
        SubmissionAction.Reject => Entry(change, TimelineKind.Rejected),
        SubmissionAction.Withdraw => Entry(change, TimelineKind.Withdrawn),
        SubmissionAction.Move => Entry(change, TimelineKind.Moved),
        SubmissionAction.Unschedule => Entry(change, TimelineKind.Unscheduled),
        SubmissionAction.Publish => Entry(change, TimelineKind.Published),
        _ => null,
    };

    private static TimelineEntry Entry(StatusChange change, TimelineKind kind) => new(change.At, change.ById, kind, change.Comment);
}
