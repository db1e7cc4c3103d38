using PressHelperBot.Jobs.Outbox;

namespace PressHelperBot.Tests.Jobs;

public sealed class OutboxPlanTests
{
    private static OutboxRecord Record(string html, params string[] kinds) => new()
    {
        Id = "k",
        Html = html,
        Media = kinds.Select((k, i) => new OutboxMedia { Kind = k, FileId = "f" + i }).ToList(),
    };

    [Fact]
    public void Photos_and_videos_share_an_album_and_documents_get_their_own()
    {
        var steps = OutboxPlan.Build(Record("Текст", "Photo", "Video", "Document", "Document", "Photo"));

        Assert.Equal([StepKind.Album, StepKind.Album, StepKind.Media, StepKind.Text], steps.Select(s => s.Kind));
        Assert.Equal(["Photo", "Video"], steps[0].Media.Select(m => m.Kind));
        Assert.Equal(["Document", "Document"], steps[1].Media.Select(m => m.Kind));
        Assert.True(steps[^1].WithButtons);
        Assert.DoesNotContain(steps.SkipLast(1), s => s.WithButtons);
    }

    [Fact]
    public void More_than_ten_items_are_cut_into_albums_of_ten()
    {
        var steps = OutboxPlan.Build(Record("Текст", Enumerable.Repeat("Photo", 12).ToArray()));

        Assert.Equal([10, 2], steps.Where(s => s.Kind == StepKind.Album).Select(s => s.Media.Count));
    }

    [Fact]
    public void One_photo_without_text_carries_the_buttons_itself()
    {
        var step = Assert.Single(OutboxPlan.Build(Record("", "Photo")));

        Assert.Equal(StepKind.Media, step.Kind);
        Assert.Null(step.Html);
        Assert.True(step.WithButtons);
    }
}
