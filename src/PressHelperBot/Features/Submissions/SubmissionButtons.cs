using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// The buttons of "📝 Предложить новость" and of «Мои материалы». A press is checked against the
// author's stored conversation and draft: a button of a finished or another step changes nothing.
// The numbers are in buttons already sent: they never change (7 was "edit the text", now one step).
public enum DraftAction
{
    Begin = 1,
    MediaDone = 2,
    ClearMedia = 3,
    NoDate = 4,
    Send = 5,
    Edit = 6,
    EditMedia = 8,
    EditDate = 9,
    BackToPreview = 10,
    Drop = 11,
    EditConsent = 12,
    EditFormat = 13,
}

[Button("sub")]
public sealed record DraftButton(DraftAction Action) : IButton;

[Button("sub.dep")]
internal sealed record DraftDepartmentButton(int DepartmentId) : IButton;

[Button("sub.day")]
internal sealed record WishedDayButton(DateOnly Day) : IButton;

// The format the author picks for the draft (новость, фоторепортаж, …), from the preview's "Изменить".
[Button("sub.fmt")]
internal sealed record DraftFormatButton(Domain.Publications.PublicationFormat Format) : IButton;

// «Мои материалы»: the list (InPlace when it replaces the message it was pressed on), one material,
// and withdrawing it.
[Button("my.list")]
internal sealed record MyListButton(bool InPlace) : IButton;

[Button("my.open")]
internal sealed record OpenMaterialButton(int SubmissionId) : IButton;

[Button("my.wd")]
internal sealed record WithdrawButton(int SubmissionId) : IButton;

[Button("my.wdy")]
internal sealed record ConfirmWithdrawButton(int SubmissionId) : IButton;
