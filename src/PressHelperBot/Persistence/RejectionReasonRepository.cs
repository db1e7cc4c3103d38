using LiteDB;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Persistence;

public sealed class RejectionReason
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    public bool Deleted { get; set; }
}

// The ready-made reasons for "❌ Отклонить". The defaults are written once, on first use; a deleted
// reason is only marked, so a list the coordinators emptied on purpose stays empty. A default added in
// a later version (RejectionReasons.AddedLater) joins a list made before once: it is added when no
// reason of that text was ever stored, and one the coordinators deleted stays deleted.
public sealed class RejectionReasonRepository(BotDatabase db)
{
    private readonly ILiteCollection<RejectionReason> reasons = db.Collection<RejectionReason>("rejection_reasons");
    private readonly Lock seeding = new();

    public IReadOnlyList<RejectionReason> All()
    {
        lock (seeding)
        {
            if (reasons.Count() == 0)
            {
                reasons.InsertBulk(RejectionReasons.Defaults.Select(text => new RejectionReason { Text = text }));
            }
            foreach (var text in RejectionReasons.AddedLater.Where(text => !reasons.Exists(r => r.Text == text)))
            {
                reasons.Insert(new RejectionReason { Text = text });
            }
        }
        return reasons.Find(r => !r.Deleted).OrderBy(r => r.Id).ToList();
    }

    public RejectionReason? Find(int id) => reasons.FindById(id) is { Deleted: false } reason ? reason : null;

    // Throws DomainException with a Russian reason when the text does not fit the list.
    public RejectionReason Add(string text)
    {
        var clean = RejectionReasons.Check(text, All().Select(r => r.Text).ToList());
        var reason = new RejectionReason { Text = clean };
        reasons.Insert(reason);
        return reason;
    }

    public bool Delete(int id)
    {
        if (Find(id) is not { } reason)
        {
            return false;
        }
        reason.Deleted = true;
        return reasons.Update(reason);
    }
}
