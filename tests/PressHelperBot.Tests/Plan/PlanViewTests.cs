using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Plan;

namespace PressHelperBot.Tests.Plan;

public sealed class PlanViewTests
{
    private static readonly Week Week = new(new DateOnly(2026, 11, 23));

    private static readonly PlanScope Coordinator =
        PlanScope.For(Person.Register(1, "Мария", Role.Coordinator, [], DateTimeOffset.UnixEpoch));

    [Fact]
    public void A_crowded_week_stays_within_Telegrams_text_and_keyboard_limits_and_says_how_many_are_left_out()
    {
        var department = new string('Д', 100);
        var items = Enumerable.Range(1, 120)
            .Select(i => new PlanItem(i, 1, Week.Start.AddDays(i % 7), new string('Т', PlanItem.TitleLength) + "…", SubmissionStatus.Scheduled, null))
            .ToList();
        var plan = WeekPlan.Build(Week, items);

        var text = PlanView.WeekText(plan, Week.Start, new Dictionary<int, string> { [1] = department }, Coordinator);
        var keyboard = PlanView.WeekKeyboard(plan, Week, Coordinator);

        Assert.True(text.Length < 4096, $"{text.Length} characters");
        Assert.Contains("… и ещё", text);
        Assert.True(keyboard.InlineKeyboard.Sum(row => row.Count()) <= 100);
        Assert.Contains(keyboard.InlineKeyboard.Last(), button => button.Text == PlanTexts.Excel);
    }

    [Fact]
    public void Every_button_of_a_crowded_week_fits_the_64_byte_callback_limit()
    {
        var items = Enumerable.Range(1, 50)
            .Select(i => new PlanItem(int.MaxValue - i, 1, Week.Start, "Субботник", SubmissionStatus.Scheduled, null))
            .ToList();

        var keyboard = PlanView.WeekKeyboard(WeekPlan.Build(Week, items), Week.Previous(), Coordinator);

        Assert.All(keyboard.InlineKeyboard.SelectMany(row => row), button =>
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(button.CallbackData!) <= 64, button.CallbackData));
    }
}
