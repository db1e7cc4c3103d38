using System.Text.RegularExpressions;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Publications;

// How the registry's link names an account, in the tokens PostLink.Owners uses: "-123" for
// vk.com/club123, "rubtsovsk" for vk.com/rubtsovsk, "g70000001234567" for ok.ru/group/70000001234567,
// "news_rubtsovsk" for t.me/news_rubtsovsk, the host for a site. A post link usually names the
// owner by number (vk.com/wall-123_456) while the registry holds the short name, so the two cannot
// be compared; Aliases are the numbers learned when someone confirmed that such a post is in this
// account, or when a forwarded channel post showed both. Only Owners, from the registry's own link,
// can prove that a post is from someone else's group: a learned alias can be wrong.
public sealed partial record AccountIdentity(
    int AccountId,
    int DepartmentId,
    SocialNetwork Network,
    IReadOnlySet<string> Owners,
    IReadOnlySet<string> Aliases,
    bool IsActive)
{
    public static AccountIdentity Of(Account account, IEnumerable<string> aliases) =>
        Of(account.Id, account.DepartmentId, account.Network, account.Link, aliases, account.IsActive);

    public static AccountIdentity Of(int accountId, int departmentId, SocialNetwork network, string link, IEnumerable<string> aliases, bool isActive = true) =>
        new(accountId, departmentId, network, OwnersOf(network, link), aliases.ToHashSet(StringComparer.Ordinal), isActive);

    public bool Knows(PostLink post) => post.Owners.Overlaps(Owners) || post.Owners.Overlaps(Aliases);

    // True when the registry's link and the post name their owners the same way (both by number or
    // both by name) and differently: the post is certainly from another group or channel.
    public bool ProvesForeign(PostLink post) =>
        !Knows(post) && post.Owners.Any(token => Owners.Any(own => KindOf(own) == KindOf(token)));

    public static string VkOwner(string segment)
    {
        var lower = segment.ToLowerInvariant();
        var numbered = VkNumbered().Match(lower);
        if (numbered.Success)
        {
            return numbered.Groups["kind"].Value == "id" ? numbered.Groups["n"].Value : "-" + numbered.Groups["n"].Value;
        }
        return lower;
    }

    public static IReadOnlySet<string> OwnersOf(SocialNetwork network, string link)
    {
        if (!Uri.TryCreate(link.Contains("://", StringComparison.Ordinal) ? link : "https://" + link, UriKind.Absolute, out var uri))
        {
            return new HashSet<string>();
        }
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Uri.UnescapeDataString(s).ToLowerInvariant()).ToArray();
        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        IEnumerable<string> owners = network switch
        {
            SocialNetwork.Vk => segments.Length > 0 ? [VkOwner(segments[0])] : [],
            SocialNetwork.Odnoklassniki => segments switch
            {
                ["group", var gid, ..] => ["g" + gid],
                ["profile", var pid, ..] => ["p" + pid],
                [var name, ..] => [name],
                _ => [],
            },
            SocialNetwork.Telegram => segments switch
            {
                ["s", var name, ..] => [name],
                ["c", var id, ..] => ["c" + id],
                [var name, ..] when !name.StartsWith('+') && name != "joinchat" => [name],
                _ => [],
            },
            SocialNetwork.Max => segments.Length > 0 ? [string.Join('/', segments)] : [],
            SocialNetwork.Other => [host],
            _ => [],
        };
        return owners.ToHashSet(StringComparer.Ordinal);
    }

    // Numbers and names are two ways of naming an owner; only tokens of one kind can be compared.
    private static string KindOf(string token) =>
        VkNumber().IsMatch(token) ? "number" : PrefixedNumber().IsMatch(token) ? token[..1] + "number" : "name";

    [GeneratedRegex(@"^(?<kind>club|public|event|id)(?<n>\d+)$")]
    private static partial Regex VkNumbered();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex VkNumber();

    [GeneratedRegex(@"^[gpc]\d+$")]
    private static partial Regex PrefixedNumber();
}
