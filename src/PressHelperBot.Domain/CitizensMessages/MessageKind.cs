namespace PressHelperBot.Domain.CitizensMessages;

// What a citizen wrote, as the coordinator judges it. Stored by name; append new kinds at the end.
public enum MessageKind
{
    Question = 1,
    Complaint = 2,
    Proposal = 3,
    Thanks = 4,

    // An appeal in the sense of 59-ФЗ: messages on the pages are not appeals (Zhatay 4.1), so it is
    // answered with the way to send one officially, never with an answer in a comment.
    Appeal = 5,
}

public static class MessageKinds
{
    public static IReadOnlyList<MessageKind> All { get; } = Enum.GetValues<MessageKind>();

    public static string Russian(MessageKind kind) => kind switch
    {
        MessageKind.Question => "вопрос",
        MessageKind.Complaint => "жалоба",
        MessageKind.Proposal => "предложение",
        MessageKind.Thanks => "благодарность",
        MessageKind.Appeal => "обращение",
        _ => kind.ToString(),
    };
}
