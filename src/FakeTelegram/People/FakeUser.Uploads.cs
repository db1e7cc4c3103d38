namespace FakeTelegram;

// A person sending real files, as the playground does with what is chosen in the browser: the bot
// and everyone it forwards them to get these bytes back.
public sealed partial class FakeUser
{
    public Task<long> SendsPhotoAsync(byte[] content, string? caption)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Task.FromResult(Post(Chat, "photo", (json, message) => AddPhoto(json, message, caption, content)));
    }

    // Telegram apps put 2-10 photos chosen together into one album.
    public Task<IReadOnlyList<long>> SendsAlbumAsync(IReadOnlyList<byte[]> photos, string? caption)
    {
        ArgumentNullException.ThrowIfNull(photos);
        if (photos.Count is < 2 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(photos), "An album holds 2 to 10 photos.");
        }

        return Task.FromResult(SendAlbum(Chat, photos.Count, caption, shuffled: false, photos));
    }
}
