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
        SubmissionStatus.Withdrawn => "Материал отозван автором, с ним больше ничего сделать нельзя.",
        SubmissionStatus.Rejected => "Материал уже отклонён, с ним больше ничего сделать нельзя.",
        SubmissionStatus.Published => "Материал уже опубликован, с ним больше ничего сделать нельзя.",
        SubmissionStatus.Draft => "Материал ещё не отправлен координатору.",
        SubmissionStatus.ChangesRequested when action == SubmissionAction.Submit => "Материал уже отправлен.",
        SubmissionStatus.ChangesRequested => "Материал на доработке у автора: решение примут после исправления.",
        SubmissionStatus.Scheduled when action == SubmissionAction.Withdraw =>
            "Материал уже в контент-плане: отозвать его может только координатор, сняв с плана.",
        SubmissionStatus.Scheduled => "Материал уже в контент-плане.",
        SubmissionStatus.Submitted when action == SubmissionAction.Submit => "Материал уже отправлен координатору.",
        SubmissionStatus.Submitted => "Материал ещё не в контент-плане.",
        _ => "Это действие сейчас недоступно.",
    };

    public static string Russian(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "черновик",
        SubmissionStatus.Submitted => "на рассмотрении",
        SubmissionStatus.ChangesRequested => "на доработке",
        SubmissionStatus.Scheduled => "в плане",
        SubmissionStatus.Published => "опубликован",
        SubmissionStatus.Rejected => "отклонён",
        SubmissionStatus.Withdrawn => "отозван",
        _ => status.ToString(),
    };
}
