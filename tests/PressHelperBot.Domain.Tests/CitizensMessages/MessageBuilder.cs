using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.CitizensMessages;

// Test-data builder: a citizen's question as a coordinator entered it, stored under id 7.
internal static class MessageBuilder
{
    public const long Coordinator = 1;
    public const long Staff = 2;
    public const int Culture = 10;
    public const int Sport = 11;

    public static CitizenMessage AQuestion(DateTimeOffset receivedAt, MessageKind kind = MessageKind.Question)
    {
        var message = CitizenMessage.Receive(
            kind, SocialNetwork.Vk, "https://vk.com/wall-1_2?reply=3", "Иван Иванов", "https://vk.com/id123",
            "Когда починят фонарь на улице Ленина?", [], Coordinator, receivedAt);
        message.AssignId(7);
        return message;
    }
}
