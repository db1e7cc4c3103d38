using LiteDB;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

public sealed class InviteRepository(BotDatabase db)
{
    private readonly ILiteCollection<Invite> invites = db.Collection<Invite>("invites");

    public Invite? Find(string code) => invites.FindById(code);

    // Inside a unit of work: takes the writer's gate first, so the read and the save are one step.
    public Invite? FindForUpdate(string code)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(code);
    }

    public void Add(Invite invite) => invites.Insert(invite);

    public void Save(Invite invite) => invites.Update(invite);

    // `used` is the invite after Invite.Use; it is stored only if nobody used it meanwhile, so the
    // last place of a limited invite goes to exactly one person.
    public bool TrySaveUse(Invite used) =>
        invites.TryReplace(db.Mapper, used, "Uses = @0", used.Uses - 1);
}
