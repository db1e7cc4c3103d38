using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Registry;

public class AccountLinkTests
{
    [Theory]
    [InlineData(SocialNetwork.Vk, "https://vk.com/club123", "https://vk.com/club123")]
    [InlineData(SocialNetwork.Vk, "vk.com/adm_kletnya/", "https://vk.com/adm_kletnya")]
    [InlineData(SocialNetwork.Vk, "https://www.VK.com/public1", "https://vk.com/public1")]
    [InlineData(SocialNetwork.Odnoklassniki, "ok.ru/group/5555", "https://ok.ru/group/5555")]
    [InlineData(SocialNetwork.Telegram, "t.me/kletnya_adm", "https://t.me/kletnya_adm")]
    [InlineData(SocialNetwork.Max, "https://max.ru/kletnya", "https://max.ru/kletnya")]
    [InlineData(SocialNetwork.Rutube, "rutube.ru/channel/1", "https://rutube.ru/channel/1")]
    [InlineData(SocialNetwork.Dzen, "https://dzen.ru/kletnya", "https://dzen.ru/kletnya")]
    [InlineData(SocialNetwork.Other, "https://example.ru/page", "https://example.ru/page")]
    public void A_link_to_a_page_of_the_chosen_network_is_accepted_and_normalised(SocialNetwork network, string link, string expected)
    {
        Assert.Equal(expected, AccountLink.Check(network, link).Link);
    }

    [Theory]
    [InlineData(SocialNetwork.Vk, "https://ok.ru/group/1", "не в ВКонтакте")]
    [InlineData(SocialNetwork.Telegram, "https://vk.com/club1", "https://t.me/…")]
    [InlineData(SocialNetwork.Vk, "https://vk.com/", "адрес самой сети")]
    [InlineData(SocialNetwork.Max, "мой канал", "не похоже на ссылку")]
    [InlineData(SocialNetwork.Dzen, "", "Пришлите ссылку")]
    [InlineData(SocialNetwork.Vk, "https://vk.com.evil.ru/club1", "не в ВКонтакте")]
    public void A_wrong_link_gets_a_clear_Russian_message(SocialNetwork network, string link, string expected)
    {
        var check = AccountLink.Check(network, link);

        Assert.False(check.IsValid);
        Assert.Contains(expected, check.Error);
    }
}
