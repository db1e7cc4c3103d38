using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Publications;

// Which registered account a post link is in, for someone who may report publications in some
// accounts (MayReport). Checked against every account in the registry first, so that a post of
// another organisation's account or of a deleted one is named as such rather than as "not found".
public abstract record PostMatch
{
    // The post is in this account and the person may report it.
    public sealed record Found(int AccountId) : PostMatch;

    // The link does not say which of these accounts it is in (or whether it is in this one at all):
    // the person is asked. Choosing one that the link names by number teaches its alias.
    public sealed record Ask(IReadOnlyList<int> AccountIds) : PostMatch;

    public sealed record Deleted(int AccountId) : PostMatch;

    // The account of another department or organisation.
    public sealed record NotYours(int AccountId) : PostMatch;

    // The person's accounts in this network are all certainly other groups or channels.
    public sealed record Foreign(IReadOnlyList<int> AccountIds) : PostMatch;

    // None of the person's active accounts is in this network (or on this site).
    public sealed record WrongNetwork(SocialNetwork Network, string Host) : PostMatch;
}

public static class PostMatching
{
    public static PostMatch Match(PostLink post, IReadOnlyList<AccountIdentity> registry, Func<AccountIdentity, bool> mayReport)
    {
        var sameNetwork = registry.Where(account => account.Network == post.Network).ToList();
        var known = sameNetwork.Where(account => account.Knows(post)).ToList();
        var knownActive = known.Where(account => account.IsActive).ToList();
        var mine = knownActive.Where(mayReport).ToList();
        if (mine.Count == 1)
        {
            return new PostMatch.Found(mine[0].AccountId);
        }
        if (mine.Count > 1)
        {
            return new PostMatch.Ask([.. mine.Select(account => account.AccountId)]);
        }
        if (knownActive.Count > 0)
        {
            return new PostMatch.NotYours(knownActive[0].AccountId);
        }
        if (known.Count > 0)
        {
            return new PostMatch.Deleted(known[0].AccountId);
        }

        // A site is known by its host or not at all.
        var candidates = sameNetwork.Where(account => account.IsActive && mayReport(account)).ToList();
        if (candidates.Count == 0 || post.Network == SocialNetwork.Other)
        {
            return new PostMatch.WrongNetwork(post.Network, post.Host);
        }
        var possible = candidates.Where(account => !account.ProvesForeign(post)).ToList();
        if (possible.Count == 0)
        {
            return new PostMatch.Foreign([.. candidates.Select(account => account.AccountId)]);
        }
        // A link that names no owner (Rutube, Дзен) fits the person's only account in that network.
        return possible.Count == 1 && post.Owners.Count == 0
            ? new PostMatch.Found(possible[0].AccountId)
            : new PostMatch.Ask([.. possible.Select(account => account.AccountId)]);
    }

    // The alias to remember when the person says the post is in `account`: the post's owner tokens
    // the account does not know yet and cannot contradict (numbers for an account registered by name).
    public static IReadOnlyList<string> AliasesToLearn(PostLink post, AccountIdentity account) =>
        account.ProvesForeign(post) ? [] : [.. post.Owners.Where(token => !account.Owners.Contains(token) && !account.Aliases.Contains(token))];
}
