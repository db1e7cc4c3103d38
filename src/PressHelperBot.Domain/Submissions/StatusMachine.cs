namespace PressHelperBot.Domain.Submissions;

// The one state machine of a submission. Decisions taken here:
// - "take out of the plan" (Unschedule) sends a scheduled item back to Submitted, so it is pending
//   again and a coordinator schedules it anew, sends it back or rejects it; nothing disappears.
// - Move keeps Scheduled; a published, rejected or withdrawn submission is final.
public static class StatusMachine
{
    private static readonly Dictionary<(SubmissionStatus, SubmissionAction), SubmissionStatus> Moves = new()
    {
        [(SubmissionStatus.Draft, SubmissionAction.Submit)] = SubmissionStatus.Submitted,
        [(SubmissionStatus.ChangesRequested, SubmissionAction.Submit)] = SubmissionStatus.Submitted,
        [(SubmissionStatus.Submitted, SubmissionAction.RequestChanges)] = SubmissionStatus.ChangesRequested,
        [(SubmissionStatus.Submitted, SubmissionAction.Schedule)] = SubmissionStatus.Scheduled,
        [(SubmissionStatus.Submitted, SubmissionAction.Reject)] = SubmissionStatus.Rejected,
        [(SubmissionStatus.Draft, SubmissionAction.Withdraw)] = SubmissionStatus.Withdrawn,
        [(SubmissionStatus.Submitted, SubmissionAction.Withdraw)] = SubmissionStatus.Withdrawn,
        [(SubmissionStatus.ChangesRequested, SubmissionAction.Withdraw)] = SubmissionStatus.Withdrawn,
        [(SubmissionStatus.Scheduled, SubmissionAction.Move)] = SubmissionStatus.Scheduled,
        [(SubmissionStatus.Scheduled, SubmissionAction.Unschedule)] = SubmissionStatus.Submitted,
        [(SubmissionStatus.Scheduled, SubmissionAction.Publish)] = SubmissionStatus.Published,
    };

    public static bool Allows(SubmissionStatus from, SubmissionAction action) => Moves.ContainsKey((from, action));

    public static IEnumerable<SubmissionAction> AllowedFrom(SubmissionStatus from) =>
        Moves.Keys.Where(key => key.Item1 == from).Select(key => key.Item2);

    public static SubmissionStatus Next(SubmissionStatus from, SubmissionAction action) =>
        Moves.TryGetValue((from, action), out var to)
            ? to
            : throw new DomainException(WhyNot(from, action));

    public static bool IsCoordinatorDecision(SubmissionAction action) =>
        action is SubmissionAction.Schedule or SubmissionAction.RequestChanges or SubmissionAction.Reject;

    public static bool IsFinal(SubmissionStatus status) =>
        status is SubmissionStatus.Published or SubmissionStatus.Rejected or SubmissionStatus.Withdrawn;

    // Says why in words the chat can show as is; the status explains more than the action.
    public static string WhyNot(SubmissionStatus from, SubmissionAction action) => from switch
    {
        SubmissionStatus.Withdrawn => "Новость отозвана автором, с ней больше ничего сделать нельзя.",
        SubmissionStatus.Rejected => "Новость уже отклонена, с ней больше ничего сделать нельзя.",
        SubmissionStatus.Published => "Новость уже опубликована, с ней больше ничего сделать нельзя.",
        SubmissionStatus.Draft => "Новость ещё не отправлена координатору.",
        SubmissionStatus.ChangesRequested when action == SubmissionAction.Submit => "Новость уже отправлена.",
        SubmissionStatus.ChangesRequested => "Новость на доработке у автора: решение примут после исправления.",
        SubmissionStatus.Scheduled when action == SubmissionAction.Withdraw =>
            "Новость уже в контент-плане: отозвать её может только координатор, сняв с плана.",
        SubmissionStatus.Scheduled => "Новость уже в контент-плане.",
        SubmissionStatus.Submitted when action == SubmissionAction.Submit => "Новость уже отправлена координатору.",
        SubmissionStatus.Submitted => "Новость ещё не в контент-плане.",
        _ => "Это действие сейчас недоступно.",
    };

    // The status of a news item («новость», feminine), as a word after it: «Новость №1 — отклонена».
    public static string Russian(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "черновик",
        SubmissionStatus.Submitted => "на рассмотрении",
        SubmissionStatus.ChangesRequested => "на доработке",
        SubmissionStatus.Scheduled => "в плане",
        SubmissionStatus.Published => "опубликована",
        SubmissionStatus.Rejected => "отклонена",
        SubmissionStatus.Withdrawn => "отозвана",
        _ => status.ToString(),
    };
}
