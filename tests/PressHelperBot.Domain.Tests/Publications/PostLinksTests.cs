using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Publications;

public class PostLinksTests
{
    [Theory]
    [InlineData("https://vk.com/wall-123_456")]
    [InlineData("vk.com/wall-123_456")]
    [InlineData("https://m.vk.com/wall-123_456")]
    [InlineData("https://vk.ru/wall-123_456")]
    [InlineData("https://www.vk.com/wall-123_456?utm_source=telegram&utm_medium=share")]
    [InlineData("https://vk.com/club123?w=wall-123_456")]
    [InlineData("https://vk.com/rubtsovsk?w=wall-123_456&ysclid=abc")]
    [InlineData("«https://vk.com/wall-123_456».")]
    public void Every_form_of_a_VK_post_link_is_the_same_post(string text)
    {
        var link = PostLinks.Parse(text).Link!;

        Assert.Equal(SocialNetwork.Vk, link.Network);
        Assert.Equal("https://vk.com/wall-123_456", link.Url);
        Assert.Equal("vk:wall-123_456", link.Key);
        Assert.Contains("-123", link.Owners);
    }

    [Fact]
    public void A_VK_link_opened_from_the_community_page_also_names_the_community()
    {
        Assert.Equal(new HashSet<string> { "-123", "rubtsovsk" }, PostLinks.Parse("https://vk.com/rubtsovsk?w=wall-123_456").Link!.Owners);
        Assert.Equal("vk:clip-5_7", PostLinks.Parse("https://vk.com/clip-5_7").Link!.Key);
        Assert.Equal("vk:video-5_7", PostLinks.Parse("https://vk.com/video?z=video-5_7%2Fpl_cat_trends").Link!.Key);
    }

    [Theory]
    [InlineData("https://ok.ru/group/70000001234567/topic/155555555555", "g70000001234567")]
    [InlineData("https://m.ok.ru/group/70000001234567/topic/155555555555?utm_campaign=x", "g70000001234567")]
    [InlineData("ok.ru/rubtsovsk/topic/155555555555", "rubtsovsk")]
    public void An_OK_topic_is_known_by_its_number_whatever_the_group_is_called(string text, string owner)
    {
        var link = PostLinks.Parse(text).Link!;

        Assert.Equal(SocialNetwork.Odnoklassniki, link.Network);
        Assert.Equal("ok:topic/155555555555", link.Key);
        Assert.Equal([owner], link.Owners);
    }

    [Theory]
    [InlineData("https://t.me/news_rubtsovsk/123", "tg:news_rubtsovsk/123", "news_rubtsovsk")]
    [InlineData("https://t.me/s/News_Rubtsovsk/123", "tg:news_rubtsovsk/123", "news_rubtsovsk")]
    [InlineData("telegram.me/news_rubtsovsk/123?single", "tg:news_rubtsovsk/123", "news_rubtsovsk")]
    [InlineData("https://t.me/c/1234567890/45", "tg:c1234567890/45", "c1234567890")]
    public void A_Telegram_post_is_its_channel_and_number(string text, string key, string owner)
    {
        var link = PostLinks.Parse(text).Link!;

        Assert.Equal(SocialNetwork.Telegram, link.Network);
        Assert.Equal(key, link.Key);
        Assert.Equal([owner], link.Owners);
    }

    [Fact]
    public void MAX_Rutube_Dzen_and_a_site_are_recognised_and_Rutube_and_Dzen_do_not_name_the_channel()
    {
        var max = PostLinks.Parse("https://max.ru/rubtsovsk/AZabc123").Link!;
        var rutube = PostLinks.Parse("https://rutube.ru/video/0123456789abcdef0123456789abcdef/?r=wd").Link!;
        var dzen = PostLinks.Parse("https://zen.yandex.ru/a/ZabC123?utm_referrer=x").Link!;
        var site = PostLinks.Parse("https://www.Rubtsovsk.org/news/2026/11/subbotnik?utm_source=vk").Link!;

        Assert.Equal((SocialNetwork.Max, "max:rubtsovsk/AZabc123"), (max.Network, max.Key));
        Assert.Equal((SocialNetwork.Rutube, "rutube:0123456789abcdef0123456789abcdef"), (rutube.Network, rutube.Key));
        Assert.Empty(rutube.Owners);
        Assert.Equal((SocialNetwork.Dzen, "https://dzen.ru/a/ZabC123"), (dzen.Network, dzen.Url));
        Assert.Empty(dzen.Owners);
        Assert.Equal((SocialNetwork.Other, "rubtsovsk.org", "https://rubtsovsk.org/news/2026/11/subbotnik"), (site.Network, site.Host, site.Url));
    }

    [Theory]
    [InlineData("", "Пришлите ссылку на пост")]
    [InlineData("опубликовали вчера", "не похоже на ссылку")]
    [InlineData("<script>alert(1)</script>&", "не похоже на ссылку")]
    [InlineData("https://vk.com", "адрес самой сети ВКонтакте")]
    [InlineData("https://vk.com/rubtsovsk", "страницу ВКонтакте, а нужна ссылка на сам пост")]
    [InlineData("https://ok.ru/group/70000001234567", "ссылка на страницу в Одноклассниках")]
    [InlineData("https://t.me/news_rubtsovsk", "ссылка на канал, а нужна ссылка на сам пост")]
    [InlineData("https://rutube.ru/channel/123/", "нужна ссылка на само видео")]
    [InlineData("https://dzen.ru/rubtsovsk", "ссылка на канал в Дзене")]
    [InlineData("https://rubtsovsk.org/", "главная страница сайта rubtsovsk.org")]
    public void A_link_that_is_not_a_post_gets_an_answer_saying_what_is_expected(string text, string expected)
    {
        var result = PostLinks.Parse(text);

        Assert.Null(result.Link);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
