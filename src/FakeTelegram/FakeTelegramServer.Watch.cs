namespace FakeTelegram;

// For watchers outside tests (the playground's live page): a task that completes at the next change
// of any chat, call or command menu. Take it before reading the state, then await it.
public sealed partial class FakeTelegramServer
{
    public Task NextChange => Changed.Next;
}
