using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class WeekAgreementTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly Week NextWeek = Week.Of(Calendars.Day("2026-11-30"));
    private static readonly DateTimeOffset Thursday = Moscow.At("2026-11-26 15:00");

    [Fact]
    public void The_head_agrees_the_round_that_was_sent_and_who_and_when_are_kept()
    {
        var agreement = Sent(Item(1, "2026-11-30"), Item(2, "2026-12-02"));

        agreement.Agree(1, 500, "Глава Района", Thursday.AddHours(1), Moscow);

        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
        Assert.Equal((500L, "Глава Района", Thursday.AddHours(1)), (agreement.DecidedById!.Value, agreement.DecidedByName!, agreement.DecidedAt!.Value));
        Assert.Equal(agreement.Items, agreement.Told);
    }

    [Fact]
    public void A_returned_plan_keeps_the_remark_and_a_new_round_makes_the_old_card_outdated()
    {
        var agreement = Sent(Item(1, "2026-11-30"));
        agreement.Return(1, 500, "Глава Района", "Мало новостей о спорте", Thursday);
        Assert.Equal("Мало новостей о спорте", agreement.Comment);

        agreement.Send([Item(1, "2026-11-30"), Item(3, "2026-12-01")], 100, Thursday.AddHours(2));

        Assert.Equal(2, agreement.Round);
        Assert.Null(agreement.Comment);
        Assert.Contains("устаревшая версия", Assert.Throws<DomainException>(() => agreement.Agree(1, 500, "Глава Района", Thursday.AddHours(3), Moscow)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_decision_on_the_same_round_is_refused_with_who_decided()
    {
        var agreement = Sent(Item(1, "2026-11-30"));
        agreement.Agree(1, 500, "Глава Района", Thursday, Moscow);

        var error = Assert.Throws<DomainException>(() => agreement.Return(1, 501, "Заместитель Главы", "Нет", Thursday));

        Assert.Equal("План уже согласован: Глава Района.", error.Message);
        Assert.Throws<DomainException>(() => agreement.Send([], 100, Thursday));
    }

    [Fact]
    public void A_remark_is_required()
    {
        var agreement = Sent(Item(1, "2026-11-30"));

        Assert.Throws<DomainException>(() => agreement.Return(1, 500, "Глава Района", "  ", Thursday));
    }

    [Fact]
    public void Changes_after_agreement_are_listed_once_until_told()
    {
        var agreement = Sent(Item(1, "2026-11-30"), Item(2, "2026-12-02"), Item(3, "2026-12-03"));
        Assert.Empty(agreement.ChangesSinceTold([]));
        agreement.Agree(1, 500, "Глава Района", Thursday, Moscow);

        var now = new[] { Item(1, "2026-11-30"), Item(2, "2026-12-04"), Item(4, "2026-12-01") };
        var changes = agreement.ChangesSinceTold(now);

        Assert.Equal(
            [(PlanChangeKind.Added, 4), (PlanChangeKind.Moved, 2), (PlanChangeKind.Removed, 3)],
            changes.Select(c => (c.Kind, c.Item.SubmissionId)));
        Assert.Equal(Calendars.Day("2026-12-02"), changes[1].From);

        agreement.MarkTold(now, Calendars.Day("2026-11-27"));
        Assert.Empty(agreement.ChangesSinceTold(now));
    }

    private static WeekAgreement Sent(params AgreedItem[] items)
    {
        var agreement = WeekAgreement.For(NextWeek);
        agreement.Send(items, 100, Thursday);
        return agreement;
    }

    private static AgreedItem Item(int id, string date) => new(id, 1, Calendars.Day(date), $"Новость {id}");
}
