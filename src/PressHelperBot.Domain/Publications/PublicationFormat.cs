using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Publications;

// What kind of post a piece of news is. The regulations ask for varied formats (Kletnya 2.3,
// Rubtsovsk 2.2, Kozhevnikovo 6, Amurzet section 2 item 3), so the weekly report shows the mix.
// Stored as numbers: never renumber.
public enum PublicationFormat
{
    News = 1,
    Announcement = 2,
    PhotoReport = 3,
    Video = 4,
    Infographic = 5,
    Cards = 6,
    Live = 7,
    Poll = 8,
    Contest = 9,
}

public static class PublicationFormats
{
    public static IReadOnlyList<PublicationFormat> All { get; } = Enum.GetValues<PublicationFormat>();

    public static string Russian(PublicationFormat format) => format switch
    {
        PublicationFormat.News => "новость",
        PublicationFormat.Announcement => "анонс",
        PublicationFormat.PhotoReport => "фоторепортаж",
        PublicationFormat.Video => "видео",
        PublicationFormat.Infographic => "инфографика",
        PublicationFormat.Cards => "карточки",
        PublicationFormat.Live => "прямой эфир",
        PublicationFormat.Poll => "опрос",
        PublicationFormat.Contest => "конкурс",
        _ => "новость",
    };

    // A first guess from the files, for the author to correct: a video makes a video; several photos
    // make a photo report; one photo, documents or only text make a plain news item. Infographics,
    // cards, polls and the rest cannot be told from the files, so the author picks them.
    public static PublicationFormat Suggest(IEnumerable<MediaItem> media)
    {
        var kinds = media.Select(m => m.Kind).ToList();
        if (kinds.Contains(MediaKind.Video))
        {
            return PublicationFormat.Video;
        }
        return kinds.Count(kind => kind == MediaKind.Photo) >= 2 ? PublicationFormat.PhotoReport : PublicationFormat.News;
    }
}
