namespace PressHelperBot.StyleCheck.Tests;

public class AbbreviationTests
{
    [Fact]
    public void Institution_abbreviations_without_explanation_are_found_once_each()
    {
        var text = "В МБОУ СОШ № 5 прошёл концерт. Потом МБОУ пригласила гостей.";

        Assert.Equal(["МБОУ", "СОШ"], Check.Fragments(text, FindingKind.Abbreviation));
    }

    [Theory]
    [InlineData("В МКУ (это служба благоустройства) рассказали о планах.")]
    [InlineData("Муниципальное казённое учреждение (МКУ) рассказало о планах.")]
    [InlineData("Служба благоустройства (МКУ «СБ») рассказала о планах. Потом МКУ убрало снег.")]
    public void Explained_abbreviations_are_not_found(string text)
    {
        Assert.Empty(Check.Findings(text, FindingKind.Abbreviation));
    }

    [Fact]
    public void Widely_known_abbreviations_are_not_found()
    {
        Assert.Empty(Check.Findings("Запишитесь через МФЦ, по вопросам ЖКХ звоните в ГИБДД нельзя.", FindingKind.Abbreviation));
    }

    [Fact]
    public void Unlisted_municipal_abbreviation_with_an_institutional_prefix_is_found()
    {
        Assert.Equal(["МБУДО"], Check.Fragments("В МБУДО открыли кружок.", FindingKind.Abbreviation));
    }
}
