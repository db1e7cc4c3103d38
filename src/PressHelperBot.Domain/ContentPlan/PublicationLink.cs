namespace PressHelperBot.Domain.ContentPlan;

// The link to a published post: any absolute http(s) URL, because posts go to many networks and
// to the official site.
public static class PublicationLink
{
    public static string? Validate(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Пришлите ссылку на публикацию, например https://vk.com/wall-1_2.";
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(uri.Host)
            || !uri.Host.Contains('.'))
        {
            return "Это не похоже на ссылку. Пришлите полный адрес, начиная с https://";
        }
        return null;
    }

    public static string Parse(string? text) =>
        Validate(text) is { } error ? throw new DomainException(error) : text!.Trim();
}
