using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

internal abstract record MergeResult
{
    // The link was nobody's yet: it joins the author's links.
    public sealed record LinkAdded(ModerationAuthor Author) : MergeResult;

    public sealed record Merged(ModerationAuthor Author, bool Proposed) : MergeResult;

    public sealed record Refused(string Reason) : MergeResult;
}

// «🔗 Ещё ссылка на этого автора»: another profile link of the same person. If another author of the
// log has it, the two become one: the violations move, the head's earlier decisions stay with the
// history, a proposal still waiting for the head is withdrawn and the two-strike rule runs again on the
// whole history.
internal sealed class MergeAuthors(ModerationRepository moderation, ProposalCards proposals, AuditLog audit)
{
    public MergeResult Run(int authorId, string profileKey, long actorId, string actorName, DateTimeOffset now)
    {
        ModerationRepository.BeginWrite();
        var author = moderation.Author(authorId) ?? throw new StaleButtonException();
        if (author.Has(profileKey))
        {
            return new MergeResult.Refused("Эта ссылка уже записана у этого автора.");
        }

        var others = moderation.AuthorsWith([profileKey]);
        if (others.Count == 0)
        {
            author.AddProfiles([profileKey]);
            moderation.Save(author);
            return new MergeResult.LinkAdded(author);
        }

        foreach (var other in others)
        {
            Into(author, other);
        }

        var proposal = author.ProposeIfDue([.. moderation.ViolationsOf(author.Id).Select(v => v.RecordedAt)], now);
        moderation.Save(author);
        audit.Append(AuditEntry.Of(now, actorId, actorName, AuditArea.Moderation, $"Автор журнала модерации: {ModerationTexts.DisplayName(author)}",
            string.Join(", ", others.Select(ModerationTexts.DisplayName)), "объединён с этим автором"));
        if (proposal is not null)
        {
            proposals.Send(author, proposal);
        }

        return new MergeResult.Merged(author, proposal is not null);
    }

    // `other` becomes part of `author` and is deleted; the caller saves `author`.
    public void Into(ModerationAuthor author, ModerationAuthor other)
    {
        if (other.Id == author.Id)
        {
            return;
        }

        foreach (var violation in moderation.ViolationsOf(other.Id))
        {
            violation.MoveTo(author.Id);
            moderation.Save(violation);
        }

        if (author.Absorb(other) is not null)
        {
            proposals.CloseAll(other.Id, $"🔗 Автора объединили с другим: {Html.Text(ModerationTexts.DisplayName(author))}. Решение — по общей истории автора.");
        }

        moderation.Delete(other);
    }
}
