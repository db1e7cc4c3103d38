using PressHelperBot.Domain.Moderation;

namespace PressHelperBot.Domain.Tests.Moderation;

public class TwoStrikeRuleTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private static ModerationAuthor Author() => ModerationAuthor.Start("Иван Петров", ["vk.com/id123"], Day1);

    [Fact]
    public void The_first_violation_proposes_nothing()
    {
        Assert.Null(Author().ProposeIfDue([Day1], Day1));
    }

    [Fact]
    public void The_second_violation_proposes_a_block_with_the_count()
    {
        var proposal = Author().ProposeIfDue([Day1, Day1.AddDays(2)], Day1.AddDays(2));

        Assert.NotNull(proposal);
        Assert.Equal(1, proposal.Number);
        Assert.Equal(2, proposal.Violations);
        Assert.True(proposal.IsPending);
    }

    [Fact]
    public void A_third_violation_while_the_head_has_not_decided_does_not_propose_again()
    {
        var author = Author();
        author.ProposeIfDue([Day1, Day1.AddDays(1)], Day1.AddDays(1));

        Assert.Null(author.ProposeIfDue([Day1, Day1.AddDays(1), Day1.AddDays(2)], Day1.AddDays(2)));
        Assert.Single(author.Proposals);
    }

    [Fact]
    public void After_a_warning_the_next_violation_goes_to_the_head_again()
    {
        var author = Author();
        author.ProposeIfDue([Day1, Day1.AddDays(1)], Day1.AddDays(1));
        author.Decide(1, HeadDecision.WarnOnly, 50, "Ольга Глава", Day1.AddDays(1).AddHours(2));

        Assert.Null(author.ProposeIfDue([Day1, Day1.AddDays(1)], Day1.AddDays(1).AddHours(3)));
        var again = author.ProposeIfDue([Day1, Day1.AddDays(1), Day1.AddDays(5)], Day1.AddDays(5));

        Assert.Equal(2, again!.Number);
        Assert.Equal(3, again.Violations);
    }

    [Fact]
    public void A_blocked_author_caught_again_from_another_account_is_put_to_the_head_anew()
    {
        var author = Author();
        author.ProposeIfDue([Day1, Day1.AddDays(1)], Day1.AddDays(1));
        author.Decide(1, HeadDecision.Block, 50, "Ольга Глава", Day1.AddDays(2));

        Assert.True(author.IsBlocked);
        Assert.NotNull(author.ProposeIfDue([Day1, Day1.AddDays(1), Day1.AddDays(9)], Day1.AddDays(9)));
    }

    [Fact]
    public void The_decision_keeps_who_and_when_and_a_second_press_learns_it()
    {
        var author = Author();
        author.ProposeIfDue([Day1, Day1.AddDays(1)], Day1.AddDays(1));
        var decided = author.Decide(1, HeadDecision.Block, 50, "Ольга Глава", Day1.AddDays(1).AddHours(1));

        var second = Assert.Throws<BlockAlreadyDecidedException>(() => author.Decide(1, HeadDecision.WarnOnly, 51, "Пётр Заместитель", Day1.AddDays(1).AddHours(2)));

        Assert.Equal(new BlockDecision(HeadDecision.Block, 50, "Ольга Глава", Day1.AddDays(1).AddHours(1)), decided);
        Assert.Equal(decided, second.Decision);
        Assert.Equal(decided, author.LastDecision);
    }

    [Fact]
    public void A_decision_on_a_proposal_that_is_not_there_is_refused()
    {
        Assert.Throws<DomainException>(() => Author().Decide(3, HeadDecision.Block, 50, "Ольга Глава", Day1));
    }

    [Fact]
    public void The_rule_itself_counts_violations_after_the_last_decision()
    {
        var decided = new BlockProposal(1, Day1, 2, new BlockDecision(HeadDecision.WarnOnly, 1, "Глава", Day1.AddDays(1)));

        Assert.False(TwoStrikeRule.ShouldPropose([Day1, Day1.AddHours(1)], [decided]));
        Assert.True(TwoStrikeRule.ShouldPropose([Day1, Day1.AddHours(1), Day1.AddDays(2)], [decided]));
        Assert.False(TwoStrikeRule.ShouldPropose([Day1.AddDays(2)], []));
    }
}
