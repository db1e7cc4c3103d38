namespace FakeTelegram;

// A group chat the bot is a member of; people act in it through FakeUser.*InGroupAsync.
public sealed class FakeGroup
{
    internal FakeGroup(long id, string title, FakeChat chat)
    {
        Id = id;
        Title = title;
        Chat = chat;
    }

    public long Id { get; }

    public string Title { get; }

    public FakeChat Chat { get; }

    public override string ToString() => $"group {Id} \"{Title}\"";
}
