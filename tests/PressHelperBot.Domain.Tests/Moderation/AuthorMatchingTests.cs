using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Moderation;

public class AuthorMatchingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("vk.com/id123")]
    [InlineData("https://vk.com/id123")]
    [InlineData("http://www.vk.com/id123/")]
    [InlineData("https://m.vk.com/id123?w=wall123_1")]
    [InlineData("https://vk.ru/ID123")]
    [InlineData("Вот он: https://vk.com/id123, разберитесь")]
    public void One_profile_copied_in_different_ways_is_one_key(string link)
    {
        Assert.Equal("vk.com/id123", ProfileKey.Of(link));
    }

    [Fact]
    public void A_numeric_id_and_a_screen_name_of_one_person_are_two_keys_until_merged()
    {
        Assert.NotEqual(ProfileKey.Of("vk.com/id123"), ProfileKey.Of("vk.com/ivan.petrov"));
    }

    [Fact]
    public void Several_profile_links_in_one_message_are_all_read_once_each()
    {
        var keys = ProfileKey.AllIn("https://vk.com/id123\nvk.com/ivan.petrov и ещё раз https://m.vk.com/id123 , ok.ru/profile/5577");

        Assert.Equal(["vk.com/id123", "vk.com/ivan.petrov", "ok.ru/profile/5577"], keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Иван Петров")]
    [InlineData("vk.com")]
    [InlineData("ftp://vk.com/id1")]
    public void What_is_not_a_page_link_has_no_key(string text)
    {
        Assert.Null(ProfileKey.Of(text));
    }

    [Fact]
    public void Comment_links_keep_the_query_that_names_the_comment()
    {
        var first = PageLink.Check("https://m.vk.com/wall-1_2?reply=3#comment");
        var second = PageLink.Check("vk.com/wall-1_2?reply=4");

        Assert.Equal("https://vk.com/wall-1_2?reply=3", first.Link);
        Assert.Equal(SocialNetwork.Vk, first.Network);
        Assert.NotEqual(first.Link, second.Link);
        Assert.Equal(first.Link, PageLink.Check("https://www.vk.com/wall-1_2?reply=3").Link);
    }

    [Fact]
    public void A_link_outside_the_known_networks_is_kept_as_other()
    {
        var check = PageLink.Check("https://forum.example.ru/topic/5");

        Assert.Equal(SocialNetwork.Other, check.Network);
        Assert.Equal("https://forum.example.ru/topic/5", check.Link);
    }

    [Fact]
    public void An_author_is_found_by_any_of_their_profiles()
    {
        var author = ModerationAuthor.Start("Иван Петров", ["vk.com/id123", "vk.com/ivan.petrov"], Now);

        Assert.True(author.Has(ProfileKey.Of("https://m.vk.com/ivan.petrov/")!));
        Assert.True(author.Has(ProfileKey.Of("vk.ru/id123")!));
        Assert.False(author.Has("vk.com/id124"));
    }

    [Fact]
    public void Merging_takes_the_profiles_and_the_decisions_and_drops_a_waiting_proposal()
    {
        var kept = Stored(ModerationAuthor.Start("Иван Петров", ["vk.com/id123"], Now), 1);
        var other = Stored(ModerationAuthor.Start("", ["vk.com/ivan.petrov"], Now), 2);
        other.ProposeIfDue([Now, Now.AddHours(1)], Now.AddHours(1));
        other.Decide(1, HeadDecision.WarnOnly, 50, "Ольга Глава", Now.AddHours(2));
        other.ProposeIfDue([Now, Now.AddHours(1), Now.AddHours(3)], Now.AddHours(3));

        var dropped = kept.Absorb(other);

        Assert.Equal(2, dropped!.Number);
        Assert.Equal(["vk.com/id123", "vk.com/ivan.petrov"], kept.Profiles);
        Assert.Equal("Иван Петров", kept.Name);
        Assert.Equal(HeadDecision.WarnOnly, kept.LastDecision!.Kind);
        Assert.Null(kept.PendingProposal);
    }

    [Fact]
    public void An_author_keeps_the_numbers_of_their_own_proposals_when_merging()
    {
        var kept = Stored(ModerationAuthor.Start("Иван", ["vk.com/id123"], Now), 1);
        kept.ProposeIfDue([Now, Now.AddHours(1)], Now.AddHours(1));
        var other = Stored(ModerationAuthor.Start("Иван", ["vk.com/ivan.petrov"], Now), 2);
        other.ProposeIfDue([Now, Now.AddMinutes(5)], Now.AddMinutes(5));
        other.Decide(1, HeadDecision.Block, 50, "Ольга Глава", Now.AddMinutes(10));

        kept.Absorb(other);

        Assert.Equal(1, kept.PendingProposal!.Number);
        Assert.Equal([1, 2], kept.Proposals.Select(p => p.Number));
        Assert.Throws<DomainException>(() => kept.Absorb(kept));
    }

    private static ModerationAuthor Stored(ModerationAuthor author, int id)
    {
        typeof(ModerationAuthor).GetProperty(nameof(ModerationAuthor.Id))!.SetValue(author, id);
        return author;
    }
}
