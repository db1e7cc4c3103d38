using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class PublicationLinkTests
{
    [Theory]
    [InlineData("https://vk.com/wall-123_45", "https://vk.com/wall-123_45")]
    [InlineData("https://t.me/channel/10", "https://t.me/channel/10")]
    [InlineData("  https://ok.ru/group/1/topic/2 ", "https://ok.ru/group/1/topic/2")]
    [InlineData("vk.com/wall-1_1", "https://vk.com/wall-1_1")]
    [InlineData("https://m.vk.com/wall-1_1?from=feed", "https://m.vk.com/wall-1_1?from=feed")]
    [InlineData("https://www.ok.ru/group/1", "https://www.ok.ru/group/1")]
    [InlineData("https://dzen.ru/a/xyz", "https://dzen.ru/a/xyz")]
    public void A_link_to_a_post_on_a_social_network_is_accepted_with_https_added_when_missing(string typed, string stored)
    {
        Assert.Null(PublicationLink.Validate(typed));
        Assert.Equal(stored, PublicationLink.Parse(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://vk.com/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://localhost/x")]
    [InlineData("опубликовано")]
    [InlineData("вк пост")]
    public void Garbage_is_refused_with_an_example_of_a_link(string link)
    {
        Assert.Contains("https://vk.com/wall-1_2", PublicationLink.Validate(link));
    }

    [Theory]
    [InlineData("https://yandex.ru/search/?text=vk")]
    [InlineData("http://admin.example.ru/news/1")]
    [InlineData("https://evilvk.com/wall-1_1")]
    public void A_link_to_a_site_that_is_not_a_social_network_names_the_site_and_the_networks(string link)
    {
        var error = PublicationLink.Validate(link);

        Assert.Contains("а нужна ссылка на пост в соцсети", error);
        Assert.Contains("ВКонтакте", error);
        Assert.Contains(new Uri(link).Host, error);
    }

    [Fact]
    public void The_front_page_of_a_network_is_not_a_post()
    {
        Assert.Contains("адрес самой сети ВКонтакте", PublicationLink.Validate("https://vk.com/"));
    }
}
