using System.Text.Json.Nodes;

namespace FakeTelegram;

internal static class Media
{
    // Telegram sends every photo in several sizes, smallest first; bots usually take the last.
    public static JsonArray PhotoSizes(FileStore files, byte[]? largest = null)
    {
        var sizes = new JsonArray();
        (int Width, int Height)[] dimensions = [(90, 67), (320, 240), (1280, 960)];
        for (var i = 0; i < dimensions.Length; i++)
        {
            var file = files.Add("photos", null, "image/jpeg", i == dimensions.Length - 1 ? largest : null);
            sizes.Add(new JsonObject
            {
                ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_size"] = file.Content.Length,
                ["width"] = dimensions[i].Width, ["height"] = dimensions[i].Height,
            });
        }

        return sizes;
    }

    public static string MimeType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".txt" => "text/plain",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".mp4" => "video/mp4",
        _ => "application/octet-stream",
    };
}
