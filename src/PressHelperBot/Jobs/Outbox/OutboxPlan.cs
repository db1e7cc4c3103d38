namespace PressHelperBot.Jobs.Outbox;

internal enum StepKind
{
    Album,
    Media,
    File,
    Text,
}

// One Bot API call of a delivery. The last step carries the buttons (and the text, or the caption).
internal sealed record OutboxStep(StepKind Kind, IReadOnlyList<OutboxMedia> Media, string? Html, bool WithButtons);

// The calls that deliver a message, derived from the record alone, so a retry rebuilds the same list
// and goes on after the steps already done.
internal static class OutboxPlan
{
    private const int AlbumMax = 10;

    public static IReadOnlyList<OutboxStep> Build(OutboxRecord record)
    {
        var hasText = HtmlSplitter.VisibleLength(record.Html) > 0;
        var captionFits = hasText && HtmlSplitter.VisibleLength(record.Html) <= HtmlSplitter.CaptionLimit;
        var steps = new List<OutboxStep>();

        if (record.FileStorageId is not null)
        {
            steps.Add(new OutboxStep(StepKind.File, [], captionFits ? record.Html : null, captionFits || !hasText));
            if (captionFits || !hasText)
            {
                return steps;
            }
        }
        else if (record.Media.Count == 1)
        {
            steps.Add(new OutboxStep(StepKind.Media, record.Media, captionFits ? record.Html : null, captionFits || !hasText));
            if (captionFits || !hasText)
            {
                return steps;
            }
        }
        else
        {
            steps.AddRange(Albums(record.Media));
        }

        if (!hasText)
        {
            return steps;
        }

        var parts = HtmlSplitter.Split(record.Html);
        for (var i = 0; i < parts.Count; i++)
        {
            steps.Add(new OutboxStep(StepKind.Text, [], parts[i], i == parts.Count - 1));
        }

        return steps;
    }

    // Telegram groups photos with videos, and documents only with documents; a run is cut into
    // albums of at most ten, and a lone item goes on its own.
    private static IEnumerable<OutboxStep> Albums(IReadOnlyList<OutboxMedia> media)
    {
        var runs = new List<List<OutboxMedia>>();
        foreach (var item in media)
        {
            var isDocument = item.Kind == "Document";
            if (runs.Count == 0 || (runs[^1][0].Kind == "Document") != isDocument || runs[^1].Count == AlbumMax)
            {
                runs.Add([]);
            }

            runs[^1].Add(item);
        }

        return runs.Select(run => run.Count == 1
            ? new OutboxStep(StepKind.Media, run, null, false)
            : new OutboxStep(StepKind.Album, run, null, false));
    }
}
