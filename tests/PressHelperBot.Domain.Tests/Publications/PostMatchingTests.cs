using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Publications;

public class PostMatchingTests
{
    // Department 1: the administration's VK by number, OK by name, Telegram channel and site.
    // Department 2: an organisation's VK by name. Account 9 was the administration's old VK, deleted.
    private static readonly AccountIdentity AdminVk = Identity(1, 1, SocialNetwork.Vk, "https://vk.com/club123");
    private static readonly AccountIdentity AdminOk = Identity(2, 1, SocialNetwork.Odnoklassniki, "https://ok.ru/rubtsovsk");
    private static readonly AccountIdentity AdminTg = Identity(3, 1, SocialNetwork.Telegram, "https://t.me/news_rubtsovsk");
    private static readonly AccountIdentity AdminSite = Identity(4, 1, SocialNetwork.Other, "https://rubtsovsk.org");
    private static readonly AccountIdentity SchoolVk = Identity(5, 2, SocialNetwork.Vk, "https://vk.com/school2_rub");
    private static readonly AccountIdentity SchoolRutube = Identity(6, 2, SocialNetwork.Rutube, "https://rutube.ru/channel/777/");
    private static readonly AccountIdentity OldVk = Identity(9, 1, SocialNetwork.Vk, "https://vk.com/club999", active: false);

    private static readonly IReadOnlyList<AccountIdentity> Registry = [AdminVk, AdminOk, AdminTg, AdminSite, SchoolVk, SchoolRutube, OldVk];

    [Fact]
    public void A_post_of_a_group_registered_by_number_is_found_by_its_number()
    {
        Assert.Equal(new PostMatch.Found(1), Match("https://m.vk.com/wall-123_5", department: 1));
        Assert.Equal(new PostMatch.Found(4), Match("https://rubtsovsk.org/news/1", department: 1));
        Assert.Equal(new PostMatch.Found(3), Match("https://t.me/s/news_rubtsovsk/10", department: 1));
    }

    [Fact]
    public void A_post_of_someone_else_s_group_is_refused_when_the_registry_names_the_group_by_number_too()
    {
        Assert.Equal([1], Assert.IsType<PostMatch.Foreign>(Match("https://vk.com/wall-555_5", department: 1)).AccountIds);
        Assert.Equal([3], Assert.IsType<PostMatch.Foreign>(Match("https://t.me/other_channel/10", department: 1)).AccountIds);
    }

    [Fact]
    public void A_link_to_a_network_where_the_person_has_no_account_is_a_wrong_network()
    {
        Assert.Equal(new PostMatch.WrongNetwork(SocialNetwork.Max, ""), Match("https://max.ru/rubtsovsk/AZ1", department: 1));
        Assert.Equal(new PostMatch.WrongNetwork(SocialNetwork.Other, "yandex.ru"), Match("https://yandex.ru/search/?text=x", department: 1));
        Assert.Equal(new PostMatch.WrongNetwork(SocialNetwork.Telegram, ""), Match("https://t.me/other_channel/10", department: 2));
    }

    [Fact]
    public void A_post_of_another_organisation_s_account_is_named_as_not_theirs()
    {
        Assert.Equal(new PostMatch.NotYours(3), Match("https://t.me/news_rubtsovsk/10", department: 2));
        Assert.Equal(new PostMatch.NotYours(1), Match("https://vk.com/wall-123_5", department: 2));
    }

    [Fact]
    public void A_post_of_a_deleted_account_is_named_as_deleted()
    {
        Assert.Equal(new PostMatch.Deleted(9), Match("https://vk.com/wall-999_5", department: 1));
    }

    [Fact]
    public void A_group_registered_by_name_cannot_be_checked_by_a_numbered_link_so_the_person_is_asked_once_and_the_number_is_learned()
    {
        var post = PostLinks.Parse("https://vk.com/wall-321_8").Link!;
        Assert.Equal([5], Assert.IsType<PostMatch.Ask>(PostMatching.Match(post, Registry, a => a.DepartmentId == 2)).AccountIds);

        var learned = PostMatching.AliasesToLearn(post, SchoolVk);
        Assert.Equal(["-321"], learned);
        var taught = SchoolVk with { Aliases = learned.ToHashSet() };
        Assert.Equal(new PostMatch.Found(5), PostMatching.Match(PostLinks.Parse("https://vk.com/wall-321_9").Link!, [taught], a => a.DepartmentId == 2));

        // A learned number is only a shortcut: another number asks again instead of refusing.
        Assert.Equal([5], Assert.IsType<PostMatch.Ask>(PostMatching.Match(PostLinks.Parse("https://vk.com/wall-777_1").Link!, [taught], a => a.DepartmentId == 2)).AccountIds);
    }

    [Fact]
    public void A_link_from_the_community_page_matches_a_group_registered_by_name_at_once()
    {
        Assert.Equal(new PostMatch.Found(5), Match("https://vk.com/school2_rub?w=wall-321_8", department: 2));
        Assert.Equal(new PostMatch.Found(2), Match("https://ok.ru/rubtsovsk/topic/1555", department: 1));
    }

    [Fact]
    public void A_Rutube_video_names_no_channel_and_fits_the_only_Rutube_account()
    {
        Assert.Equal(new PostMatch.Found(6), Match("https://rutube.ru/video/abc/", department: 2));
    }

    [Fact]
    public void A_coordinator_may_report_in_any_account_and_is_asked_only_about_those_the_link_could_be_in()
    {
        var post = PostLinks.Parse("https://vk.com/wall-321_8").Link!;

        var ask = Assert.IsType<PostMatch.Ask>(PostMatching.Match(post, Registry, _ => true));
        Assert.Equal([5], ask.AccountIds);
        Assert.Equal(new PostMatch.Found(3), PostMatching.Match(PostLinks.Parse("https://t.me/news_rubtsovsk/10").Link!, Registry, _ => true));
    }

    private static PostMatch Match(string link, int department) =>
        PostMatching.Match(PostLinks.Parse(link).Link!, Registry, account => account.DepartmentId == department);

    private static AccountIdentity Identity(int id, int department, SocialNetwork network, string link, bool active = true) =>
        AccountIdentity.Of(id, department, network, link, [], active);
}
