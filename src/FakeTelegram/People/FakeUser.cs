using System.Text.Json.Nodes;

namespace FakeTelegram;

// A person writing to the bot. Every action queues one update (an album: one per item) and
// returns its update_id; callback query ids equal the update_id as text.
public sealed partial class FakeUser
{
    private readonly FakeTelegramServer server;

    internal FakeUser(FakeTelegramServer server, long id, string firstName, string? lastName, string? username, string languageCode, FakeChat chat)
    {
        this.server = server;
        Id = id;
        FirstName = firstName;
        LastName = lastName;
        Username = username;
        Chat = chat;
        Json = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName };
        if (lastName is not null)
        {
            Json["last_name"] = lastName;
        }

        if (username is not null)
        {
            Json["username"] = username;
        }

        Json["language_code"] = languageCode;
    }

    public long Id { get; }

    public string FirstName { get; }

    public string? LastName { get; }

    public string? Username { get; }

    // The private chat with the bot.
    public FakeChat Chat { get; }

    internal JsonObject Json { get; }

    public Task<long> SendsAsync(string text) => Task.FromResult(SendText(Chat, text));

    // A text message with fields the fake does not model: `amend` changes the message's JSON before it
    // is queued, e.g. to add a forward_origin of a type newer than the bot's library.
    public Task<long> SendsAsync(string text, Action<JsonObject> amend) => Task.FromResult(SendText(Chat, text, amend));

    public Task<long> SendsInGroupAsync(FakeGroup group, string text) => Task.FromResult(SendText(group.Chat, text));

    public Task<long> SendsPhotoAsync(string? caption = null) =>
        Task.FromResult(Post(Chat, "photo", (json, message) => AddPhoto(json, message, caption)));

    public Task<long> SendsPhotoInGroupAsync(FakeGroup group, string? caption = null) =>
        Task.FromResult(Post(group.Chat, "photo", (json, message) => AddPhoto(json, message, caption)));

    // One media_group_id, `count` photos; the caption rides on the first item like in Telegram apps.
    // `shuffled` queues the updates in an order that does not follow the message ids.
    public Task<IReadOnlyList<long>> SendsAlbumAsync(int count, string? caption = null, bool shuffled = false) =>
        Task.FromResult(SendAlbum(Chat, count, caption, shuffled));

    public Task<long> SendsVideoAsync(string? caption = null) =>
        Task.FromResult(Post(Chat, "video", (json, message) => AddVideo(json, message, caption)));

    public Task<long> SendsDocumentAsync(string fileName = "document.pdf", string? caption = null, byte[]? content = null) =>
        Task.FromResult(Post(Chat, "document", (json, message) => AddDocument(json, message, fileName, caption, content)));

    public Task<long> SendsStickerAsync() => Task.FromResult(Post(Chat, "sticker", AddSticker));

    public Task<long> SendsVoiceAsync(int seconds = 3) =>
        Task.FromResult(Post(Chat, "voice", (json, message) => AddVoice(json, message, seconds)));

    public Task<long> SendsContactAsync(string phoneNumber) =>
        Task.FromResult(Post(Chat, "contact", (json, message) => AddContact(json, message, phoneNumber)));

    // Presses the newest button with exactly this label (else the newest whose label starts with it),
    // waiting for it to appear like a person would.
    public Task<long> PressesAsync(string label, TimeSpan? timeout = null) => PressIn(Chat, label, timeout);

    public Task<long> PressesInGroupAsync(FakeGroup group, string label, TimeSpan? timeout = null) => PressIn(group.Chat, label, timeout);

    public Task<long> PressesAsync(BotMessage message, string label)
    {
        var button = message.AllButtons.FirstOrDefault(b => b.Text == label)
            ?? message.AllButtons.FirstOrDefault(b => b.Text.StartsWith(label, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Message #{message.MessageId} has no button \"{label}\": {message}");
        var chat = server.ChatOf(message.ChatId);
        return Task.FromResult(Callback(chat, message.MessageId, CallbackDataOf(button, message)));
    }

    // A press with data of the test's choosing: a forged or stale button.
    public Task<long> SendsCallbackAsync(long messageId, string data) => Task.FromResult(Callback(Chat, messageId, data));

    public Task<long> SendsCallbackInGroupAsync(FakeGroup group, long messageId, string data) => Task.FromResult(Callback(group.Chat, messageId, data));

    // The text of answerCallbackQuery for this press ("" when the bot answered without text).
    public Task<string> WaitForCallbackAnswerAsync(long updateId, TimeSpan? timeout = null) =>
        WaitForCallbackAnswerAsync(updateId.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout);

    public async Task<string> WaitForCallbackAnswerAsync(string callbackQueryId, TimeSpan? timeout = null)
    {
        var answer = await server.Changed.WaitForAsync(
            () => server.CallbackAnswer(callbackQueryId),
            timeout ?? server.Options.DefaultWaitTimeout,
            () => $"The bot did not answer callback query {callbackQueryId}. The chat:\n{Chat.Transcript()}");
        return answer.Text;
    }

    public override string ToString() => $"{FirstName} {LastName} ({Id})".Replace("  ", " ", StringComparison.Ordinal);
}
