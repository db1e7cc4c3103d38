namespace PressHelperBot.Domain;

// The message is Russian and meant for the chat: a handler can show it to the user as is.
public class DomainException : Exception
{
    public DomainException(string message) : base(message)
    {
    }
}
