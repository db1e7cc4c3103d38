using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Publications;

// The registry as publications see it: every account with its identity (the registry's link plus
// the learned aliases), read once per update.
internal sealed class PublicationRegistry(AccountRepository accounts, PublicationRepository publications, DepartmentRepository departments)
{
    private IReadOnlyList<Account>? all;
    private IReadOnlyList<AccountIdentity>? identities;

    public IReadOnlyList<Account> All => all ??= accounts.All();

    public IReadOnlyList<AccountIdentity> Identities
    {
        get
        {
            if (identities is null)
            {
                var aliases = publications.Aliases();
                identities = [.. All.Select(account => AccountIdentity.Of(account, aliases[account.Id]))];
            }
            return identities;
        }
    }

    public Account? Find(int id) => All.FirstOrDefault(account => account.Id == id);

    public AccountIdentity Identity(int accountId) => Identities.First(identity => identity.AccountId == accountId);

    public Department? DepartmentOf(Account account) => departments.Find(account.DepartmentId);

    // The active accounts a person may report in, in the order the registry lists them.
    public IReadOnlyList<Account> Reportable(Person person) =>
        [.. All.Where(account => account.IsActive && PublicationAccess.MayReportIn(person, account))];

    public PostMatch Match(PostLink post, Person person) =>
        PostMatching.Match(post, Identities, identity => PublicationAccess.MayReportIn(person, identity.DepartmentId));

    // Learns what the post says about its account that the account did not know (a number for a
    // group registered by its name); the next link of that account is then recognised at once.
    public void Learn(PostLink post, int accountId, long byId, DateTimeOffset now)
    {
        foreach (var token in PostMatching.AliasesToLearn(post, Identity(accountId)))
        {
            publications.Learn(accountId, token, byId, now);
        }
        identities = null;
    }

    public bool IsAdministrations(Account account) => departments.Find(account.DepartmentId)?.Kind != DepartmentKind.SubordinateOrganisation;
}
