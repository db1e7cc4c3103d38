using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Registry;

public class PersonalDataTests
{
    [Theory]
    [InlineData("+7 900 123-45-67")]
    [InlineData("8(42632)2-11-33")]
    [InlineData("звонить 221133")]
    [InlineData("ivanova.a@mail.ru")]
    [InlineData("пишите @ivanova_a")]
    [InlineData("t.me/ivanova_a")]
    public void Contacts_are_found(string text) => Assert.True(PersonalData.Contains(text));

    [Theory]
    [InlineData("специалист по связям с общественностью")]
    [InlineData("МБОУ СОШ №2 с. Амурзет")]
    [InlineData("создан 02.11.2026")]
    [InlineData("Постановление № 98 от 24.11.2022")]
    [InlineData("кабинет 12, 2 этаж")]
    public void Ordinary_words_numbers_and_dates_are_not_contacts(string text) => Assert.False(PersonalData.Contains(text));

    [Fact]
    public void Redacting_masks_each_contact_and_keeps_the_rest()
    {
        Assert.Equal("специалист, [скрыто], [скрыто], [скрыто]", PersonalData.Redact("специалист, +7 900 123-45-67, a@b.ru, @ivanova_a"));
    }
}
