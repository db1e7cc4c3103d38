using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Registry;

public class CredentialDetectorTests
{
    [Theory]
    [InlineData("логин: x пароль: y123")]
    [InlineData("Логин: admin_kletnya\nПароль: Qwerty2024")]
    [InlineData("логин — pressa@mail.ru, пароль — Kletnya!2025")]
    [InlineData("login/pass: admin/secret1")]
    [InlineData("Логин/пароль admin qwerty")]
    [InlineData("пароль 12345")]
    [InlineData("Пароль: Ab3$kk")]
    [InlineData("password=hunter22")]
    [InlineData("Вот данные от группы ВК. Пароль: vkGroup77")]
    [InlineData("пароль qwerty")]
    public void A_message_with_a_login_or_password_value_is_detected(string text)
    {
        Assert.True(CredentialDetector.LooksLikeCredentials(text));
    }

    [Theory]
    [InlineData("В библиотеке пенсионерам рассказали, как придумать надёжный пароль и не попасться мошенникам.")]
    [InlineData("Никому не сообщайте пароль из СМС, даже если звонят «из банка».")]
    [InlineData("Пароль от Wi-Fi в читальном зале можно узнать у библиотекаря.")]
    [InlineData("Пароль Wi-Fi спрашивайте на стойке регистрации.")]
    [InlineData("Войдите на Госуслуги под своим логином и подтвердите запись.")]
    [InlineData("Школьники посмотрели фильм «Пароль — дружба» и обсудили его.")]
    [InlineData("Паспортный стол работает до 17:00. Компас: ориентир на север.")]
    [InlineData("")]
    public void News_prose_mentioning_passwords_is_not_detected(string text)
    {
        Assert.False(CredentialDetector.LooksLikeCredentials(text));
    }
}
