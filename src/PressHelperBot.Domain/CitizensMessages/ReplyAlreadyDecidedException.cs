namespace PressHelperBot.Domain.CitizensMessages;

// Two coordinators pressing at once: the second one learns who was first. The domain knows ids,
// the chat knows names, so the decision is carried whole.
public sealed class ReplyAlreadyDecidedException(ReplyEvent decision)
    : DomainException("Решение по этому черновику уже принято.")
{
    public ReplyEvent Decision { get; } = decision;
}
