using SkiaSharp;

namespace PressHelperBot.Playground.Tests;

// Real PNG photos for the uploads, so the page has pictures to show.
internal static class Pictures
{
    public static byte[] Png(SKColor sky, SKColor ground)
    {
        using var bitmap = new SKBitmap(640, 480);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(sky);
        using var paint = new SKPaint { Color = ground, IsAntialias = true };
        canvas.DrawRect(0, 320, 640, 160, paint);
        paint.Color = SKColors.Gold;
        canvas.DrawCircle(500, 110, 55, paint);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
