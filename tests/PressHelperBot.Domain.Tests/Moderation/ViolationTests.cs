using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Tests.Moderation;

public class ViolationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Other_needs_a_note_and_a_named_type_does_not()
    {
        Assert.Throws<DomainException>(() => Record(ViolationType.Other, " "));

        Assert.Equal("угрозы", Record(ViolationType.Other, " угрозы ").TypeText);
        Assert.Equal("оскорбления", Record(ViolationType.Insult, null).TypeText);
    }

    [Fact]
    public void A_note_longer_than_500_characters_is_refused()
    {
        Assert.Throws<DomainException>(() => Record(ViolationType.Other, new string('x', 501)));
    }

    private static Violation Record(ViolationType type, string? note) => Violation.Record(
        1, SocialNetwork.Vk, "https://vk.com/wall-1_2?reply=3", "vk.com/id123", type, note, ModerationMeasure.Deleted, null, [], 5, Now);
}
