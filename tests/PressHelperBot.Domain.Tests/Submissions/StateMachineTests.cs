using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Submissions.SubmissionAction;
using static PressHelperBot.Domain.Submissions.SubmissionStatus;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class StateMachineTests
{
    // Written out by hand from issue 4, independent of the table inside StatusMachine.
    private static readonly Dictionary<(SubmissionStatus, SubmissionAction), SubmissionStatus> Legal = new()
    {
        [(Draft, Submit)] = Submitted,
        [(Draft, Withdraw)] = Withdrawn,
        [(Submitted, RequestChanges)] = ChangesRequested,
        [(Submitted, Schedule)] = Scheduled,
        [(Submitted, Reject)] = Rejected,
        [(Submitted, Withdraw)] = Withdrawn,
        [(ChangesRequested, Submit)] = Submitted,
        [(ChangesRequested, Withdraw)] = Withdrawn,
        [(Scheduled, Move)] = Scheduled,
        [(Scheduled, Unschedule)] = Submitted,
        [(Scheduled, Publish)] = Published,
    };

    private static readonly SubmissionAction[] Actions = [Submit, Withdraw, RequestChanges, Schedule, Reject, Move, Unschedule, Publish];

    public static TheoryData<SubmissionStatus, SubmissionAction> LegalTransitions() => Pairs(legal: true);

    public static TheoryData<SubmissionStatus, SubmissionAction> IllegalTransitions() => Pairs(legal: false);

    private static TheoryData<SubmissionStatus, SubmissionAction> Pairs(bool legal)
    {
        var data = new TheoryData<SubmissionStatus, SubmissionAction>();
        foreach (var status in Enum.GetValues<SubmissionStatus>())
        {
            foreach (var action in Actions.Where(action => Legal.ContainsKey((status, action)) == legal))
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_transition_changes_the_status_and_is_recorded_in_the_history(SubmissionStatus from, SubmissionAction action)
    {
        var submission = ASubmission().In(from).Build();
        var historyBefore = submission.History.Count;

        Perform(submission, action);

        Assert.Equal(Legal[(from, action)], submission.Status);
        Assert.Equal(historyBefore + 1, submission.History.Count);
        var change = submission.History[^1];
        Assert.Equal(action, change.Action);
        Assert.Equal(from, change.From);
        Assert.Equal(submission.Status, change.To);
        Assert.Equal(Now, change.At);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void An_illegal_transition_throws_a_Russian_message_and_changes_nothing(SubmissionStatus from, SubmissionAction action)
    {
        var submission = ASubmission().In(from).Build();
        var revision = submission.Revision;

        var error = Assert.ThrowsAny<DomainException>(() => Perform(submission, action));

        Assert.Matches("[а-яА-Я]", error.Message);
        Assert.Equal(from, submission.Status);
        Assert.Equal(revision, submission.Revision);
    }

    [Fact]
    public void The_state_machine_table_agrees_with_the_rules_of_issue_4()
    {
        foreach (var status in Enum.GetValues<SubmissionStatus>())
        {
            foreach (var action in Actions)
            {
                Assert.Equal(Legal.ContainsKey((status, action)), StatusMachine.Allows(status, action));
            }
        }
    }

    private static void Perform(Submission submission, SubmissionAction action)
    {
        switch (action)
        {
            case Submit: submission.Submit(Author, Now); break;
            case Withdraw: submission.Withdraw(Author, Now); break;
            case RequestChanges: submission.RequestChanges(Coordinator, "Уточните дату", Now); break;
            case Schedule: submission.Schedule(Coordinator, Tomorrow, Now, MoscowCalendar); break;
            case Reject: submission.Reject(Coordinator, "Повтор", Now); break;
            case Move: submission.MoveTo(Coordinator, Tomorrow.AddDays(2), Now, MoscowCalendar); break;
            case Unschedule: submission.Unschedule(Coordinator, null, Now); break;
            case Publish: submission.MarkPublished(Coordinator, "https://vk.com/wall-1_2", Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
