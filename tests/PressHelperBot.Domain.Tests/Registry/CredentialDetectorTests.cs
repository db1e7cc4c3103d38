using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Registry;

public class CredentialDetectorTests
{
    [Theory]
    // A password after a label, with or without a separator.
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
    [InlineData("Пароль от ВК: Vk_press2024")]
    [InlineData("Пароль от ВК: весна2024")]
    [InlineData("Пароль от Wi-Fi: Library2024")]
    [InlineData("пароль для входа в Одноклассники – Ok2025pass")]
    [InlineData("Пароль от почты press@kletnya.ru: Pochta!2025")]
    [InlineData("Пароль к группе Qwerty123")]
    [InlineData("pwd: s3cr3t")]
    [InlineData("pass Qwerty_99")]
    [InlineData("PWD=Qwerty123")]
    [InlineData("Пароль:\nKl3tnya#Press")]
    [InlineData("Вход в аккаунт ВК: press_kletnya, пароль — Secr3t")]
    [InlineData("Вот доступ к группе: login admin_school password Zx9-Secr3t!Pass")]
    // A login and a password after a label, separated by "/", ":", a new line or a space.
    [InlineData("Доступ к аккаунту: press_admin / Kl3tnya!")]
    [InlineData("Доступ к аккаунту: press_admin / 123456")]
    [InlineData("Учётка ВК: press.kletnya@mail.ru / VkPass2024")]
    [InlineData("Вот доступ: kletnya_school2:Shkola2!")]
    [InlineData("Данные для входа в Одноклассники:\nkletnya_ok\nOdnokl@ss1")]
    [InlineData("Логин и пароль от группы: press_admin Qwerty123")]
    [InlineData("Аккаунт Дзен: dzen.kletnya@yandex.ru:Dz3n_2025")]
    // A login and a password with no label at all.
    [InlineData("press_admin / Qwerty123")]
    [InlineData("press_admin:Qwerty123")]
    [InlineData("press_admin\nQwerty!2025")]
    [InlineData("Вот, держите:\nschool2@mail.ru\nShkola#2025\nСпасибо!")]
    // What the inbox stores instead of such a message.
    [InlineData(CredentialDetector.Redacted)]
    public void A_message_with_a_login_or_password_value_is_detected(string text)
    {
        Assert.True(CredentialDetector.LooksLikeCredentials(text));
    }

    [Theory]
    [InlineData("В библиотеке пенсионерам рассказали, как придумать надёжный пароль и не попасться мошенникам.")]
    [InlineData("Никому не сообщайте пароль из СМС, даже если звонят «из банка».")]
    [InlineData("Пароль от Wi-Fi в читальном зале можно узнать у библиотекаря.")]
    [InlineData("Пароль от Wi-Fi в библиотеке сменили")]
    [InlineData("Пароль Wi-Fi спрашивайте на стойке регистрации.")]
    [InlineData("Пароль от Wi-Fi: спросите у библиотекаря")]
    [InlineData("Войдите на Госуслуги под своим логином и подтвердите запись.")]
    [InlineData("Школьники посмотрели фильм «Пароль — дружба» и обсудили его.")]
    [InlineData("Акция «Пароль 2024» стартовала в районе.")]
    [InlineData("Смените пароль Gmail и пароль Google-аккаунта.")]
    [InlineData("Не используйте пароли вида 12345 и даты рождения.")]
    [InlineData("Паспортный стол работает до 17:00. Компас: ориентир на север.")]
    [InlineData("Приём граждан с 9:00 до 12:30, перерыв 12:30–13:30.")]
    [InlineData("Наши футболисты вышли в 1/2 финала и выиграли 3:1.")]
    [InlineData("Матч 1/8 финала пройдёт в 19:00, вход свободный.")]
    [InlineData("Подробнее: https://kletnya.ru/news/2024/123")]
    [InlineData("Вход по ссылке: https://kletnya.ru/reg?id=15")]
    [InlineData("Аккаунт школы в Телеграме: t.me/school2_kletnya")]
    [InlineData("Наша группа: vk.com/press_kletnya, канал: t.me/press_kletnya")]
    [InlineData("Аккаунт школы: @school2_kletnya")]
    [InlineData("Почта для вопросов: press@kletnya.ru\nadmin@kletnya.ru")]
    [InlineData("Учётная запись ВК: press_kletnya\nпароль сообщу лично")]
    [InlineData("Приказ №45-р/2024 от 12.03.2024, версия iOS/Android.")]
    [InlineData("Тесты на COVID/SARS-CoV-2 делают в поликлинике.")]
    [InlineData("Телефон горячей линии: 8 (48333) 2-15-55")]
    [InlineData("Тема: Весна2024")]
    [InlineData("")]
    [InlineData(null)]
    public void News_prose_mentioning_passwords_is_not_detected(string? text)
    {
        Assert.False(CredentialDetector.LooksLikeCredentials(text));
    }
}
