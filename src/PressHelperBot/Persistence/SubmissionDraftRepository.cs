using LiteDB;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Persistence;

// One draft per author: what they are putting together in the "📝 Предложить новость" conversation.
// Updates of one chat are handled one after another, so a plain upsert is enough here.
public sealed class SubmissionDraftRepository(BotDatabase db)
{
    private readonly ILiteCollection<SubmissionDraft> drafts = db.Collection<SubmissionDraft>("submission_drafts");

    public SubmissionDraft? Find(long authorId) => drafts.FindById(authorId);

    public void Save(SubmissionDraft draft) => drafts.Upsert(draft);

    public void Delete(long authorId) => drafts.Delete(authorId);
}
