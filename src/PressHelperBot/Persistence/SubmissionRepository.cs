using System.Runtime.CompilerServices;
using DurableLiteDb;
using LiteDB;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// Submissions, one document each (versions, media and history embedded). Writes are optimistic:
// every submission handed out remembers the Revision it was read with, and TrySave writes only if
// the stored Revision is still that one — so of two coordinators deciding at once exactly one wins
// and the other reloads and learns who was first (SubmissionAlreadyDecidedException).
public sealed class SubmissionRepository(BotDatabase db)
{
    private readonly ILiteCollection<Submission> submissions = Indexed(db.Collection<Submission>("submissions"));

    // The Revision each loaded instance was read (or last saved) with; weak, so instances die freely.
    private readonly ConditionalWeakTable<Submission, StrongBox<int>> loaded = [];

    public void Add(Submission submission)
    {
        if (submission.Id != 0)
        {
            throw new InvalidOperationException($"Submission {submission.Id} is already stored.");
        }
        submissions.Insert(submission);
        Remember(submission);
    }

    public Submission? Find(int id) => Remember(submissions.FindById(id));

    // Read under the writer's gate (UnitOfWork.BeginWrite): inside a unit of work nobody else can change
    // the submission before this unit commits, so a Save after it cannot lose a race. Outside a unit it
    // is a plain read, and Save may then find that someone was first.
    public Submission? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    // Saves a submission read with FindForUpdate; someone saving it meanwhile is a bug, not a race.
    public void Save(Submission submission)
    {
        if (!TrySave(submission))
        {
            throw new InvalidOperationException($"Submission {submission.Id} was changed by someone else since it was read for update.");
        }
    }

    // False when someone else saved the submission after it was read: reload and try again.
    public bool TrySave(Submission submission)
    {
        if (!loaded.TryGetValue(submission, out var readWith))
        {
            throw new InvalidOperationException($"Submission {submission.Id} was not read through this repository.");
        }
        if (!submissions.TryReplace(db.Mapper, submission, "Revision = @0", readWith.Value))
        {
            return false;
        }
        readWith.Value = submission.Revision;
        return true;
    }

    public IReadOnlyList<Submission> ByAuthor(long authorId) =>
        Remember(submissions.Find(s => s.AuthorId == authorId)).OrderByDescending(s => s.Id).ToList();

    // Sent to the coordinators and not decided yet, oldest first.
    public IReadOnlyList<Submission> Pending() =>
        Remember(submissions.Find(s => s.Status == SubmissionStatus.Submitted)).OrderBy(s => s.Id).ToList();

    // The content plan between two local dates, both included: scheduled and published items.
    // PlannedDate is stored as "yyyy-MM-dd", so the range is a string range on its index: the plan
    // of a week does not read every item ever published.
    public IReadOnlyList<Submission> InPlanBetween(DateOnly from, DateOnly to) =>
        Remember(submissions.Find(Where.Between(nameof(Submission.PlannedDate), Day(from), Day(to))))
            .Where(s => s.Status is SubmissionStatus.Scheduled or SubmissionStatus.Published && s.PlannedDate is { } date && date >= from && date <= to)
            .OrderBy(s => s.PlannedDate).ThenBy(s => s.Id)
            .ToList();

    private static BsonValue Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<Submission> Remember(IEnumerable<Submission> found) => found.Select(s => Remember(s)!);

    private Submission? Remember(Submission? submission)
    {
        if (submission is not null)
        {
            loaded.AddOrUpdate(submission, new StrongBox<int>(submission.Revision));
        }
        return submission;
    }

    private static ILiteCollection<Submission> Indexed(ILiteCollection<Submission> collection)
    {
        collection.EnsureIndex(s => s.AuthorId);
        collection.EnsureIndex(s => s.Status);
        collection.EnsureIndex(s => s.PlannedDate);
        return collection;
    }
}
