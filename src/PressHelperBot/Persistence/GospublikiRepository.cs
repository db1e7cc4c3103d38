using LiteDB;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// Material sent through «Госпаблики», one document per item.
public sealed class GospublikiRepository(BotDatabase db)
{
    private readonly ILiteCollection<GospublikiItem> items = db.Collection<GospublikiItem>("gospubliki_items");

    public GospublikiItem? Find(int id) => items.FindById(id);

    public GospublikiItem? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public IReadOnlyList<GospublikiItem> All() => items.FindAll().OrderBy(i => i.Id).ToList();

    public IReadOnlyList<GospublikiItem> Unconfirmed() => items.Find(i => i.ConfirmedAt == null).OrderBy(i => i.Id).ToList();

    public void Add(GospublikiItem item) => items.Insert(item);

    public void Save(GospublikiItem item) => items.Update(item);
}
