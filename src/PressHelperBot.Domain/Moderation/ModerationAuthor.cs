namespace PressHelperBot.Domain.Moderation;

// One person who broke the rules, across all the organisation's accounts: found by any of their
// profile links (ProfileKey). Two links of one person ("vk.com/id123" and "vk.com/ivan.petrov") start
// as two authors until a coordinator merges them (Absorb) or gives both links at once. The history of
// the block proposals and the head's decisions lives here; the violations point here by AuthorId.
public sealed class ModerationAuthor
{
    private List<string> profiles = [];
    private List<BlockProposal> proposals = [];

    [Obsolete("For the storage mapper only; use ModerationAuthor.Start.")]
    public ModerationAuthor()
    {
    }

    public int Id { get; private set; }

    public int Revision { get; private set; }

    // LiteDB stores "" as null (BsonMapper.EmptyStringToNull): read back as "".
    public string Name { get; private set => field = value ?? ""; } = "";

    public IReadOnlyList<string> Profiles { get => profiles; private set => profiles = [.. value]; }

    public IReadOnlyList<BlockProposal> Proposals { get => proposals; private set => proposals = [.. value]; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public BlockProposal? PendingProposal => proposals.LastOrDefault(p => p.IsPending);

    // The latest by time: proposals taken over from a merged author come after the own ones in the list.
    public BlockDecision? LastDecision => proposals.Select(p => p.Decision).OfType<BlockDecision>().MaxBy(d => d.At);

    public bool IsBlocked => LastDecision?.Kind == HeadDecision.Block;

    public static ModerationAuthor Start(string? name, IEnumerable<string> profileKeys, DateTimeOffset now)
    {
        var keys = profileKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            throw new DomainException("Нужна хотя бы одна ссылка на профиль автора.");
        }

#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new ModerationAuthor { Name = name?.Trim() ?? "", profiles = keys, FirstSeenAt = now };
#pragma warning restore CS0618
    }

    public bool Has(string profileKey) => profiles.Contains(profileKey, StringComparer.Ordinal);

    public void AddProfiles(IEnumerable<string> profileKeys)
    {
        foreach (var key in profileKeys.Where(k => !Has(k)))
        {
            profiles.Add(key);
            Revision++;
        }
    }

    public void Rename(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name) && name.Trim() != Name)
        {
            Name = name.Trim();
            Revision++;
        }
    }

    // Applies the two-strike rule to the author's violations (their times); the new proposal, or null.
    public BlockProposal? ProposeIfDue(IReadOnlyList<DateTimeOffset> violationTimes, DateTimeOffset now)
    {
        if (!TwoStrikeRule.ShouldPropose(violationTimes, proposals))
        {
            return null;
        }

        var proposal = new BlockProposal(proposals.Count + 1, now, violationTimes.Count, null);
        proposals.Add(proposal);
        Revision++;
        return proposal;
    }

    public BlockDecision Decide(int proposalNumber, HeadDecision kind, long byId, string byName, DateTimeOffset now)
    {
        var index = proposals.FindIndex(p => p.Number == proposalNumber);
        if (index < 0)
        {
            throw new DomainException("Этого предложения о блокировке больше нет: автора объединили с другим. Откройте его карточку заново.");
        }

        if (proposals[index].Decision is { } made)
        {
            throw new BlockAlreadyDecidedException(made);
        }

        var decision = new BlockDecision(kind, byId, byName, now);
        proposals[index] = proposals[index] with { Decision = decision };
        Revision++;
        return decision;
    }

    // Takes over another author found to be the same person: their profiles and the head's decisions
    // about them. A proposal of theirs still waiting is dropped; the two-strike rule then runs on the
    // merged history (the caller calls ProposeIfDue). Returns the dropped proposal, if any.
    public BlockProposal? Absorb(ModerationAuthor other)
    {
        if (other.Id == Id)
        {
            throw new DomainException("Это один и тот же автор.");
        }

        AddProfiles(other.profiles);
        if (Name.Length == 0)
        {
            Name = other.Name;
        }

        // The own proposals keep their numbers: a head's card of a waiting one still works.
        var next = proposals.Select(p => p.Number).DefaultIfEmpty(0).Max();
        foreach (var decided in other.proposals.Where(p => p.Decision is not null).OrderBy(p => p.ProposedAt))
        {
            proposals.Add(decided with { Number = ++next });
        }

        Revision++;
        return other.PendingProposal;
    }
}
