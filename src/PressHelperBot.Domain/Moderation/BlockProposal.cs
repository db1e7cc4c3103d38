namespace PressHelperBot.Domain.Moderation;

public enum HeadDecision
{
    Block = 1,
    WarnOnly = 2,
}

// Who decided, and when. The name is kept as it was then: people rename themselves and leave.
public sealed record BlockDecision(HeadDecision Kind, long ById, string ByName, DateTimeOffset At);

// "Заблокировать?" put to the head once an author broke the rules a second time (Zhatay 4.3).
// Violations is how many the author had when it was proposed.
public sealed record BlockProposal(int Number, DateTimeOffset ProposedAt, int Violations, BlockDecision? Decision)
{
    public bool IsPending => Decision is null;
}

// Two heads pressing at once: the second one learns who was first.
public sealed class BlockAlreadyDecidedException(BlockDecision decision) : DomainException("Решение уже принято.")
{
    public BlockDecision Decision { get; } = decision;
}

public static class HeadDecisions
{
    public static string Russian(HeadDecision decision) => decision switch
    {
        HeadDecision.Block => "заблокировать",
        _ => "только предупредить",
    };
}
