using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Submissions;

// Builds a submission in any status by walking the legal path to it, so tests never poke state.
public sealed class SubmissionBuilder
{
    public const long Author = 100;
    public const long Coordinator = 200;
    public const long OtherCoordinator = 201;
    public const int Department = 3;

    public static readonly OrgCalendar MoscowCalendar = Calendars.Moscow();

    // Wednesday 25.11.2026 10:00 in Moscow.
    public static readonly DateTimeOffset Now = MoscowCalendar.At("2026-11-25 10:00");

    public static readonly DateOnly Tomorrow = new(2026, 11, 26);

    private SubmissionStatus status = SubmissionStatus.Draft;
    private string text = "В школе №2 прошёл день открытых дверей";
    private DateOnly planned = Tomorrow;
    private int departmentId = Department;
    private int id;
    private DateTimeOffset at = Now;

    public static SubmissionBuilder ASubmission() => new();

    public SubmissionBuilder In(SubmissionStatus wanted)
    {
        status = wanted;
        return this;
    }

    public SubmissionBuilder WithText(string value)
    {
        text = value;
        return this;
    }

    public SubmissionBuilder From(int department)
    {
        departmentId = department;
        return this;
    }

    public SubmissionBuilder WithId(int value)
    {
        id = value;
        return this;
    }

    // When the walk to the wanted status happens (Now by default).
    public SubmissionBuilder At(DateTimeOffset moment)
    {
        at = moment;
        return this;
    }

    public SubmissionBuilder PlannedOn(DateOnly date)
    {
        planned = date;
        status = SubmissionStatus.Scheduled;
        return this;
    }

    public Submission Build()
    {
        var submission = Submission.StartDraft(Author, departmentId, text, at);
        if (id > 0)
        {
            submission.AssignId(id);
        }
        switch (status)
        {
            case SubmissionStatus.Draft:
                break;
            case SubmissionStatus.Withdrawn:
                submission.Withdraw(Author, at);
                break;
            default:
                submission.Submit(Author, at);
                Decide(submission);
                break;
        }
        return submission;
    }

    private void Decide(Submission submission)
    {
        switch (status)
        {
            case SubmissionStatus.ChangesRequested:
                submission.RequestChanges(Coordinator, "Добавьте фото", at);
                break;
            case SubmissionStatus.Rejected:
                submission.Reject(Coordinator, "Не по теме", at);
                break;
            case SubmissionStatus.Scheduled:
                submission.Schedule(Coordinator, planned, at, MoscowCalendar);
                break;
            case SubmissionStatus.Published:
                submission.Schedule(Coordinator, planned, at, MoscowCalendar);
                submission.MarkPublished(Coordinator, "https://vk.com/wall-1_1", at);
                break;
        }
    }
}
