using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class MediaTests
{
    private static MediaItem Photo(int messageId, string? group = "album-1") =>
        new($"file-{messageId}", MediaKind.Photo, messageId, group);

    [Fact]
    public void An_album_that_arrived_shuffled_is_ordered_by_message_id()
    {
        var ordered = Album.Order([Photo(12), Photo(10), Photo(11)]);

        Assert.Equal([10, 11, 12], ordered.Select(item => item.MessageId));
    }

    [Fact]
    public void Media_added_to_a_submission_get_positions_in_message_order_after_earlier_ones()
    {
        var submission = ASubmission().Build();
        submission.AddMedia(Author, [Photo(5, group: null)]);

        submission.AddMedia(Author, [Photo(12), Photo(10), Photo(11)]);

        Assert.Equal([5, 10, 11, 12], submission.Media.Select(item => item.MessageId));
        Assert.Equal([0, 1, 2, 3], submission.Media.Select(item => item.Position));
    }

    [Fact]
    public void More_than_ten_media_are_refused_with_how_many_still_fit()
    {
        var submission = ASubmission().Build();
        submission.AddMedia(Author, Enumerable.Range(1, 7).Select(id => Photo(id)));

        var error = Assert.Throws<DomainException>(() => submission.AddMedia(Author, Enumerable.Range(8, 4).Select(id => Photo(id))));

        Assert.Equal("Можно прикрепить не больше 10 файлов: можно добавить ещё 3.", error.Message);
        Assert.Equal(7, submission.Media.Count);
    }

    [Fact]
    public void With_ten_media_attached_the_message_says_nothing_more_fits()
    {
        var check = Album.CheckLimit(10, 1);

        Assert.False(check.Fits);
        Assert.Equal(0, check.Left);
        Assert.Contains("больше добавить нельзя", check.Error);
    }

    [Fact]
    public void Exactly_ten_media_fit()
    {
        Assert.True(Album.CheckLimit(0, 10).Fits);
    }

    [Fact]
    public void Media_cannot_be_added_to_a_rejected_submission()
    {
        var submission = ASubmission().In(SubmissionStatus.Rejected).Build();

        Assert.Throws<DomainException>(() => submission.AddMedia(Author, [Photo(1)]));
    }
}
