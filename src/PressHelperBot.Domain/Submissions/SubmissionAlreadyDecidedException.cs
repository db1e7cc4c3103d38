namespace PressHelperBot.Domain.Submissions;

// Two coordinators pressing at once: the second one learns who was first. The chat knows names,
// the domain knows ids, so the decision is carried whole and the handler words it.
public sealed class SubmissionAlreadyDecidedException : DomainException
{
    public SubmissionAlreadyDecidedException(StatusChange decision, SubmissionStatus current)
        : base($"Решение уже принято: новость {StatusMachine.Russian(current)}.")
    {
        Decision = decision;
    }

    public StatusChange Decision { get; }
}
