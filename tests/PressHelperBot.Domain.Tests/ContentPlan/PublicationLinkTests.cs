using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class PublicationLinkTests
{
    [Theory]
    [InlineData("https://vk.com/wall-123_45")]
    [InlineData("http://admin.example.ru/news/1")]
    [InlineData("https://t.me/channel/10")]
    public void An_absolute_http_or_https_url_is_accepted(string link)
    {
        Assert.Null(PublicationLink.Validate(link));
    }

    [Theory]
    [InlineData("")]
    [InlineData("vk.com/wall-1_1")]
    [InlineData("ftp://example.ru/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://localhost/x")]
    [InlineData("опубликовано")]
    public void Anything_else_is_refused_with_a_Russian_hint(string link)
    {
        Assert.Contains("http", PublicationLink.Validate(link));
    }
}
