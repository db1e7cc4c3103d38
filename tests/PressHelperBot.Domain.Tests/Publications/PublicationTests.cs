using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Publications;

public class PublicationTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset WednesdayNoon = Moscow.At("2026-11-25 12:00");

    [Fact]
    public void A_publication_records_the_account_link_day_reporter_and_plan_item()
    {
        var publication = Record(VkAccount(), "https://m.vk.com/wall-123_5?utm_source=tg", Calendars.Day("2026-11-24"), submissionId: 7);

        Assert.Equal("https://vk.com/wall-123_5", publication.Url);
        Assert.Equal("vk:wall-123_5", publication.Key);
        Assert.Equal(Calendars.Day("2026-11-24"), publication.PublishedOn);
        Assert.Equal(1001, publication.ReportedById);
        Assert.Equal(WednesdayNoon, publication.ReportedAt);
        Assert.Equal(7, publication.SubmissionId);
        Assert.Equal("plan:7", publication.Story);
    }

    [Fact]
    public void A_publication_dated_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Record(VkAccount(), "https://vk.com/wall-123_5", Calendars.Day("2026-11-26")));

        Assert.Contains("26.11.2026 ещё не наступила", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_account_takes_no_new_publications()
    {
        var account = VkAccount();
        account.MarkDeleted(Calendars.Day("2026-11-20"), 1, WednesdayNoon, Moscow);

        var error = Assert.Throws<DomainException>(() => Record(account, "https://vk.com/wall-123_5", Calendars.Day("2026-11-19")));

        Assert.Contains("удалён из реестра 20.11.2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_older_than_the_account_or_than_a_month_is_refused()
    {
        Assert.Contains("создан 01.11.2026", Assert.Throws<DomainException>(() => Record(VkAccount(), "https://vk.com/wall-123_5", Calendars.Day("2026-10-30"))).Message, StringComparison.Ordinal);
        Assert.Contains("больше месяца назад", PublicationDate.Find("пост от 01.10", WednesdayNoon, Moscow).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://vk.com/wall-1_2", null)]
    [InlineData("https://vk.com/wall-1_2 вчера", "2026-11-24")]
    [InlineData("Позавчера выложили https://vk.com/wall-1_2", "2026-11-23")]
    [InlineData("https://vk.com/wall-1_2 24.11", "2026-11-24")]
    [InlineData("https://vk.com/wall-1_2 (20.11.2026)", "2026-11-20")]
    [InlineData("https://rubtsovsk.org/news/24.11.html", null)]
    public void The_day_a_post_went_out_is_today_unless_the_message_names_another(string text, string? expected)
    {
        var found = PublicationDate.Find(text, WednesdayNoon, Moscow);

        Assert.Null(found.Error);
        Assert.Equal(expected is null ? null : Calendars.Day(expected), found.Date);
    }

    [Theory]
    [InlineData("https://vk.com/wall-1_2 27.11", "27.11.2026 ещё не наступила")]
    [InlineData("https://vk.com/wall-1_2 31.02", "Даты 31.02 не бывает")]
    public void A_named_day_in_the_future_or_that_does_not_exist_is_refused(string text, string expected)
    {
        Assert.Contains(expected, PublicationDate.Find(text, WednesdayNoon, Moscow).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_is_suggested_from_the_files()
    {
        MediaItem Photo(int id) => new($"p{id}", MediaKind.Photo, id, null);

        Assert.Equal(PublicationFormat.News, PublicationFormats.Suggest([]));
        Assert.Equal(PublicationFormat.News, PublicationFormats.Suggest([Photo(1)]));
        Assert.Equal(PublicationFormat.PhotoReport, PublicationFormats.Suggest([Photo(1), Photo(2)]));
        Assert.Equal(PublicationFormat.Video, PublicationFormats.Suggest([Photo(1), new MediaItem("v", MediaKind.Video, 3, null)]));
    }

    [Fact]
    public void The_author_s_choice_of_format_wins_over_the_guess_and_travels_into_the_submission()
    {
        var draft = SubmissionDraft.Start(1001, 3);
        draft.SetText("Итоги конкурса рисунков");
        draft.AddMedia(new MediaItem("p1", MediaKind.Photo, 1, "g"));
        draft.AddMedia(new MediaItem("p2", MediaKind.Photo, 2, "g"));
        Assert.Equal(PublicationFormat.PhotoReport, draft.EffectiveFormat);

        draft.SetFormat(PublicationFormat.Contest);
        var submission = draft.ToSubmission(WednesdayNoon);

        Assert.Equal(PublicationFormat.Contest, submission.EffectiveFormat);
    }

    private static Account VkAccount() => Account.Register(
        1, SocialNetwork.Vk, null, "https://vk.com/club123", "Администрация", Calendars.Day("2026-11-01"),
        new ResponsiblePerson("Ольга Сидорова", "Пресс-секретарь", "+7 900 000-00-00"), 1, Moscow.At("2026-11-01 10:00"), Moscow);

    private static Publication Record(Account account, string link, DateOnly day, int? submissionId = null) =>
        Publication.Record(
            account,
            PostLinks.Parse(link).Link!,
            day,
            1001,
            account.DepartmentId,
            submissionId,
            submissionId is { } id ? Publication.PlanStory(id) : Publication.NewsStory(1001, WednesdayNoon, updateId: 1),
            PublicationFormat.News,
            WednesdayNoon,
            Moscow);
}
