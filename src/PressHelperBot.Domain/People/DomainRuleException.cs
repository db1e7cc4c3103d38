namespace PressHelperBot.Domain.People;

// Thrown when a change would break a rule of the domain; the host turns it into a clear reply
// and never shows its message to a user (messages are for logs and tests).
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
