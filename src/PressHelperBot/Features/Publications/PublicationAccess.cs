using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Features.Publications;

// Who reports publications where, decided from the stored person on every update: coordinators and
// admins in any account of the registry (the press service runs the administration's accounts);
// staff in the accounts of their own departments and organisations, for their own plan items;
// observers and blocked people nowhere.
internal static class PublicationAccess
{
    public static bool IsDecider(Person? person) => person is { IsBlocked: false, Role: Role.Coordinator or Role.Admin };

    public static bool MayReport(Person? person) => person is { IsBlocked: false } && (IsDecider(person) || person.Role == Role.Staff);

    public static bool MayReportIn(Person? person, int accountDepartmentId) =>
        IsDecider(person) || (person is { IsBlocked: false, Role: Role.Staff } && person.BelongsTo(accountDepartmentId));

    public static bool MayReportIn(Person? person, Account account) => MayReportIn(person, account.DepartmentId);

    public static bool MayReportFor(Person? person, Submission item) =>
        item.Status is SubmissionStatus.Scheduled or SubmissionStatus.Published && MayReportIn(person, item.DepartmentId);

    // The reporter and the press service may correct what was reported.
    public static bool MayChange(Person? person, Publication publication) =>
        IsDecider(person) || (person is { IsBlocked: false } && person.Id == publication.ReportedById);
}
