namespace PressHelperBot.Domain.Moderation;

// Zhatay 4.3: a user who posts what 4.2 forbids "systematically (two and more times)" may be blocked by
// the head's decision. The bot proposes; the head decides.
//   - the second violation of an author proposes a block;
//   - while a proposal waits for the head, more violations do not propose again (the head sees them all);
//   - after a decision (blocked or only warned), any later violation proposes again: a warned author
//     who goes on, or a blocked one who comes back from another account, is put to the head anew.
public static class TwoStrikeRule
{
    public const int Strikes = 2;

    public static bool ShouldPropose(IReadOnlyList<DateTimeOffset> violationTimes, IReadOnlyList<BlockProposal> proposals)
    {
        if (violationTimes.Count < Strikes || proposals.Any(p => p.IsPending))
        {
            return false;
        }

        var lastDecision = proposals.Where(p => p.Decision is not null).Select(p => p.Decision!.At).DefaultIfEmpty().Max();
        return proposals.Count == 0 || violationTimes.Any(at => at > lastDecision);
    }
}
