namespace PressHelperBot.Domain.Registry;

public enum SocialNetwork
{
    Vk,
    Odnoklassniki,
    Telegram,
    Max,
    Rutube,
    Dzen,
    Other,
}

public static class SocialNetworks
{
    public static string Russian(SocialNetwork network) => network switch
    {
        SocialNetwork.Vk => "ВКонтакте",
        SocialNetwork.Odnoklassniki => "Одноклассники",
        SocialNetwork.Telegram => "Telegram",
        SocialNetwork.Max => "MAX",
        SocialNetwork.Rutube => "Rutube",
        SocialNetwork.Dzen => "Дзен",
        _ => "другая сеть",
    };

    // Hosts a link of the network may point to, the first one being the one shown in examples.
    public static IReadOnlyList<string> Hosts(SocialNetwork network) => network switch
    {
        SocialNetwork.Vk => ["vk.com", "vk.ru", "m.vk.com"],
        SocialNetwork.Odnoklassniki => ["ok.ru", "m.ok.ru", "odnoklassniki.ru"],
        SocialNetwork.Telegram => ["t.me", "telegram.me"],
        SocialNetwork.Max => ["max.ru", "web.max.ru"],
        SocialNetwork.Rutube => ["rutube.ru"],
        SocialNetwork.Dzen => ["dzen.ru", "zen.yandex.ru"],
        _ => [],
    };
}
