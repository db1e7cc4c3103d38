using LiteDB;
using PressHelperBot.Domain.Onboarding;

namespace PressHelperBot.Persistence;

public sealed class InviteRepository(BotDatabase db)
{
    private readonly ILiteCollection<Invite> invites = db.Collection<Invite>("invites");

    public Invite? Find(string code) => invites.FindById(code);

    public void Add(Invite invite) => invites.Insert(invite);

    public void Save(Invite invite) => invites.Update(invite);

    // `used` is the invite after Invite.Use; it is stored only if nobody used it meanwhile, so the
    // last place of a limited invite goes to exactly one person.
    public bool TrySaveUse(Invite used) =>
        invites.TryReplace(db.Mapper, used, "Uses = @0", used.Uses - 1);
}
