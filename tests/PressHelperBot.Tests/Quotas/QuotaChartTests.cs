using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Quotas;
using SkiaSharp;

namespace PressHelperBot.Tests.Quotas;

public class QuotaChartTests
{
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");
    private static readonly Week LastWeek = Week.Of(new DateOnly(2026, 11, 16));

    private static readonly Dictionary<int, string> Departments = new()
    {
        [1] = "Отдел культуры",
        [2] = "МБУ «Спортивная школа № 1»",
        [3] = "Отдел ЖКХ, благоустройства и дорожного хозяйства администрации района",
        [4] = "Архивный отдел",
    };

    private static readonly QuotaNames Names = new(Departments, new Dictionary<int, Account> { [7] = Vk() });

    [Fact]
    public void The_chart_is_a_PNG_of_the_expected_size_with_a_row_per_department_and_per_account_needing_attention()
    {
        var png = QuotaChart.Render(Report(), Names);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(QuotaChart.Width, bitmap.Width);
        Assert.Equal(QuotaChart.HeightFor(Departments.Count + 1), bitmap.Height);
        Assert.InRange(png.Length, 10_000, 2_000_000);
    }

    [Fact]
    public void Department_names_are_drawn_with_a_font_that_has_their_Cyrillic_glyphs()
    {
        ChartFont.EnsureRegistered();

        // The font ScottPlot resolves for the chart's font name is the embedded one, not a fallback.
        var resolved = ScottPlot.Fonts.GetTypeface(ChartFont.Name, bold: false, italic: false);
        Assert.Equal("DejaVu Sans", resolved.FamilyName);
        Assert.All(Departments.Values.Append(QuotaTexts.ChartTitle(Report())).Append(Names.Account(7)), name => Assert.True(ChartFont.CanDraw(name), name));
        using var font = new SKFont(resolved);
        Assert.True(font.ContainsGlyphs("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»№–"));
    }

    [Fact]
    public void The_label_column_has_ink_where_the_department_names_are()
    {
        using var bitmap = SKBitmap.Decode(QuotaChart.Render(Report(), Names));

        // Names sit left of the plot area; with blank boxes or no font this area stays nearly white.
        var dark = 0;
        for (var x = 0; x < 250; x++)
        {
            for (var y = 60; y < bitmap.Height - 60; y++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red < 128 && pixel.Green < 128 && pixel.Blue < 128)
                {
                    dark++;
                }
            }
        }
        Assert.True(dark > 500, $"only {dark} dark pixels in the label column");
    }

    [Fact]
    public void A_report_without_departments_still_renders()
    {
        var empty = WeeklyReport.For(LastWeek, Moscow, [], [], [], 5);

        using var bitmap = SKBitmap.Decode(QuotaChart.Render(empty, new QuotaNames(new Dictionary<int, string>(), new Dictionary<int, Account>())));

        Assert.Equal(QuotaChart.MinHeight, bitmap.Height);
    }

    private static WeeklyReport Report()
    {
        var longAgo = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var stories = new[]
        {
            Story(1, "2026-11-16"), Story(1, "2026-11-18"), Story(2, "2026-11-20"), Story(4, "2026-11-19"),
        };
        return WeeklyReport.For(
            LastWeek,
            Moscow,
            [new(1, 2, longAgo), new(2, 2, longAgo), new(3, 1, longAgo), new(4, 0, longAgo)],
            stories,
            [],
            organisationTarget: 5,
            [new AccountTarget(7, 1, 5, new DateOnly(2025, 1, 1))],
            [new AccountPublication(7, new DateOnly(2026, 11, 17))]);
    }

    private static PublishedStory Story(int department, string date) =>
        new(Guid.NewGuid().ToString(), department, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), true, PublicationFormat.News);

    private static Account Vk() => Account.Register(
        1, SocialNetwork.Vk, null, "https://vk.com/club123", "Администрация района", new DateOnly(2025, 1, 1),
        new ResponsiblePerson("Ольга Сидорова", "Пресс-секретарь", "+7 900 000-00-00"), 1, new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero), OrgCalendar.ForZone("Europe/Moscow"));
}
