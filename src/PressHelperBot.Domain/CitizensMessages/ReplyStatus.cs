namespace PressHelperBot.Domain.CitizensMessages;

// Where the reply to a citizen's message stands.
//   New ──assign──▶ Assigned ──draft──▶ Drafted ──agree / edit──▶ Agreed ──mark answered──▶ Answered
//    ▲                 ▲  │                 │
//    │                 │  └──reassign──┐    └──return with a comment──▶ Returned ──draft──▶ Drafted
//    └──department deleted (Assigned, Returned, Drafted)
// New ──answer by the coordinator──▶ Agreed; an appeal is Agreed at once with the official-procedure text.
public enum ReplyStatus
{
    New = 1,
    Assigned = 2,
    Drafted = 3,
    Returned = 4,
    Agreed = 5,
    Answered = 6,
}

public static class ReplyStatuses
{
    public static string Russian(ReplyStatus status) => status switch
    {
        ReplyStatus.New => "ждёт поручения",
        ReplyStatus.Assigned => "ждёт черновика ответа",
        ReplyStatus.Drafted => "черновик ждёт согласования",
        ReplyStatus.Returned => "возвращено на доработку",
        ReplyStatus.Agreed => "ответ согласован, ждёт публикации",
        ReplyStatus.Answered => "ответ опубликован",
        _ => status.ToString(),
    };

    // The department owes a draft.
    public static bool AwaitsDepartment(ReplyStatus status) => status is ReplyStatus.Assigned or ReplyStatus.Returned;

    // Not yet agreed: the due time still matters.
    public static bool IsInWork(ReplyStatus status) => status is ReplyStatus.Assigned or ReplyStatus.Returned or ReplyStatus.Drafted;

    public static bool IsOpen(ReplyStatus status) => status != ReplyStatus.Answered;
}
