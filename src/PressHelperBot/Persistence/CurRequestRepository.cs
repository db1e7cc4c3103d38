using LiteDB;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// ЦУР requests, and the answer assembled for each (the last one assembled; after it was sent, the one
// that was sent). An answer is a small workbook, so it is kept in a document beside its request.
public sealed class CurRequestRepository(BotDatabase db)
{
    private readonly ILiteCollection<CurRequest> requests = db.Collection<CurRequest>("cur_requests");
    private readonly ILiteCollection<CurAnswer> answers = db.Collection<CurAnswer>("cur_answers");

    public CurRequest? Find(int id) => requests.FindById(id);

    public CurRequest? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public IReadOnlyList<CurRequest> All() => requests.FindAll().OrderBy(r => r.Id).ToList();

    public IReadOnlyList<CurRequest> Open() => All().Where(r => r.IsOpen).OrderBy(r => r.DueDate).ThenBy(r => r.Id).ToList();

    public IReadOnlyList<CurRequest> Answered() => All().Where(r => !r.IsOpen).OrderByDescending(r => r.AnsweredAt).ToList();

    public void Add(CurRequest request) => requests.Insert(request);

    public void Save(CurRequest request) => requests.Update(request);

    public CurAnswer? Answer(int requestId) => answers.FindById(requestId);

    public void SaveAnswer(CurAnswer answer) => answers.Upsert(answer);
}

public sealed class CurAnswer
{
    [BsonId]
    public int RequestId { get; set; }

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset MadeAt { get; set; }
}
