using System.Text;

namespace FakeTelegram;

public sealed record StoredFile(string FileId, string FileUniqueId, string FilePath, string? FileName, string? MimeType, byte[] Content);

// File ids handed out by the fake; getFile and downloads resolve them, sending them back works.
internal sealed class FileStore
{
    private readonly Dictionary<string, StoredFile> files = new(StringComparer.Ordinal);
    private long next;

    public StoredFile Add(string folder, string? fileName, string? mimeType, byte[]? content = null)
    {
        lock (files)
        {
            var n = ++next;
            var id = $"AgACAgIAAxkBAAI{n:D6}{folder[..2]}Fake";
            var bytes = content ?? Encoding.UTF8.GetBytes($"fake {folder} content #{n}");
            var file = new StoredFile(id, $"AQAD{n:D6}", $"{folder}/file_{n}{Path.GetExtension(fileName ?? Extension(folder))}", fileName, mimeType, bytes);
            files[id] = file;
            return file;
        }
    }

    public StoredFile? Find(string fileId)
    {
        lock (files)
        {
            return files.GetValueOrDefault(fileId);
        }
    }

    public StoredFile? FindByPath(string path)
    {
        lock (files)
        {
            return files.Values.FirstOrDefault(f => f.FilePath == path);
        }
    }

    private static string Extension(string folder) => folder switch
    {
        "photos" => ".jpg",
        "videos" => ".mp4",
        "voice" => ".oga",
        "stickers" => ".webp",
        _ => ".bin",
    };
}
