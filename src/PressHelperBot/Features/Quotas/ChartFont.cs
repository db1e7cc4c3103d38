using ScottPlot;
using SkiaSharp;

namespace PressHelperBot.Features.Quotas;

// The font charts are drawn with. It is embedded (DejaVu Sans, see Fonts/LICENSE-DejaVu.txt) because
// the production image and CI machines may have no fonts at all, and without one Skia draws Cyrillic
// department names as empty boxes. ScottPlot looks fonts up by name through its global resolver list,
// so the font is registered there once under a name nobody else uses.
internal static class ChartFont
{
    public const string Name = "PressHelper DejaVu Sans";

    private const string ResourceName = "PressHelperBot.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Load);

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver());
        return true;
    });

    public static SKTypeface Typeface => Loaded.Value;

    public static void EnsureRegistered() => _ = Registered.Value;

    // True when every character of `text` has a glyph in the chart font (no blank boxes).
    public static bool CanDraw(string text)
    {
        using var font = new SKFont(Typeface);
        return font.ContainsGlyphs(text);
    }

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The chart font resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("The embedded chart font could not be read.");
    }

    private sealed class EmbeddedResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == Name ? Typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == Name ? Typeface : null;
    }
}
