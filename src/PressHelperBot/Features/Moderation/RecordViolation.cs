using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Moderation;

// What a coordinator entered about one violation.
internal sealed record ViolationEntry(
    string CommentLink,
    SocialNetwork Network,
    IReadOnlyList<string> ProfileKeys,
    string AuthorName,
    ViolationType Type,
    string Note,
    ModerationMeasure Measure,
    string EvidenceText,
    IReadOnlyList<MediaItem> Evidence);

internal abstract record RecordResult
{
    public sealed record Recorded(Violation Violation, ModerationAuthor Author, int Total, bool Proposed, IReadOnlyList<string> Heads, int Joined) : RecordResult;

    public sealed record Duplicate(Violation Existing) : RecordResult;
}

// A violation into the log, as one change under the writer's gate: a comment already recorded counts
// once; the author is found by any of the profile links (authors the links join are merged); the
// two-strike rule may propose a block, whose cards for the head are queued in the same commit.
internal sealed class RecordViolation(ModerationRepository moderation, MergeAuthors merge, ProposalCards proposals)
{
    public RecordResult Run(ViolationEntry entry, long actorId, DateTimeOffset now)
    {
        ModerationRepository.BeginWrite();
        if (moderation.ViolationAt(entry.CommentLink) is { } existing)
        {
            return new RecordResult.Duplicate(existing);
        }

        var found = moderation.AuthorsWith(entry.ProfileKeys);
        var author = found.FirstOrDefault();
        if (author is null)
        {
            author = ModerationAuthor.Start(entry.AuthorName, entry.ProfileKeys, now);
            moderation.Add(author);
        }

        foreach (var other in found.Skip(1))
        {
            merge.Into(author, other);
        }

        author.AddProfiles(entry.ProfileKeys);
        author.Rename(entry.AuthorName);
        var violation = Violation.Record(
            author.Id, entry.Network, entry.CommentLink, entry.ProfileKeys[0], entry.Type, entry.Note, entry.Measure, entry.EvidenceText, entry.Evidence, actorId, now);
        if (!moderation.TryAdd(violation))
        {
            return new RecordResult.Duplicate(moderation.ViolationAt(entry.CommentLink)!);
        }

        var times = moderation.ViolationsOf(author.Id).Select(v => v.RecordedAt).ToList();
        var proposal = author.ProposeIfDue(times, now);
        moderation.Save(author);
        var heads = proposal is null ? [] : proposals.Send(author, proposal);
        return new RecordResult.Recorded(violation, author, times.Count, proposal is not null, heads, Math.Max(0, found.Count - 1));
    }
}
