using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Tests.Submissions;

public class TextDiffTests
{
    [Fact]
    public void Replaced_words_show_as_removed_then_added_phrases()
    {
        var parts = TextDiff.Compare("Концерт пройдёт в пятницу в доме культуры", "Концерт пройдёт в субботу в доме культуры");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "Концерт пройдёт в"),
                new DiffPart(DiffKind.Removed, "пятницу"),
                new DiffPart(DiffKind.Added, "субботу"),
                new DiffPart(DiffKind.Same, "в доме культуры"),
            ],
            parts);
    }

    [Fact]
    public void The_same_text_with_other_spacing_has_no_changes()
    {
        Assert.Equal("Текст не изменился.", TextDiff.Summarize("один  два\nтри", "один два три"));
    }

    [Fact]
    public void A_long_list_of_changes_is_cut_with_a_count_of_the_rest()
    {
        var summary = TextDiff.Summarize("a b c d e", "a1 b c1 d e1", maxPhrases: 2);

        Assert.EndsWith("… и ещё изменений: 4", summary);
    }
}
