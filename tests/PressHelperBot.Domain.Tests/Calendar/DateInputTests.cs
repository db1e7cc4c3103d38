using PressHelperBot.Domain.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;

namespace PressHelperBot.Domain.Tests.Calendar;

public class DateInputTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();

    // Wednesday 25.11.2026, noon in Moscow.
    private static readonly DateTimeOffset Wednesday = Moscow.At("2026-11-25 12:00");

    private static DateOnly ParsedOn(DateTimeOffset now, string text)
    {
        var result = DateInput.Parse(text, now, Moscow);
        Assert.True(result.IsSuccess, result.Error);
        return result.Date!.Value;
    }

    private static string ErrorOn(DateTimeOffset now, string text)
    {
        var result = DateInput.Parse(text, now, Moscow);
        Assert.False(result.IsSuccess);
        return result.Error!;
    }

    [Theory]
    [InlineData("сегодня", "2026-11-25")]
    [InlineData("Завтра", "2026-11-26")]
    [InlineData(" послезавтра ", "2026-11-27")]
    [InlineData("на завтра", "2026-11-26")]
    public void Relative_words_count_from_today_in_the_zone(string text, string expected)
    {
        Assert.Equal(Day(expected), ParsedOn(Wednesday, text));
    }

    [Fact]
    public void Today_is_the_local_date_not_the_UTC_date()
    {
        // 22:30 UTC on 25.11 is already 26.11 in Moscow.
        Assert.Equal(Day("2026-11-26"), ParsedOn(Utc("2026-11-25 22:30"), "сегодня"));
    }

    [Theory]
    [InlineData("пт", "2026-11-27")]
    [InlineData("пятница", "2026-11-27")]
    [InlineData("в пятницу", "2026-11-27")]
    [InlineData("Пт.", "2026-11-27")]
    [InlineData("пн", "2026-11-30")]
    [InlineData("во вторник", "2026-12-01")]
    [InlineData("в воскресенье", "2026-11-29")]
    public void A_weekday_name_means_the_next_such_day(string text, string expected)
    {
        Assert.Equal(Day(expected), ParsedOn(Wednesday, text));
    }

    [Fact]
    public void Todays_weekday_name_means_the_same_day_next_week()
    {
        Assert.Equal(Day("2026-12-02"), ParsedOn(Wednesday, "ср"));
        Assert.Equal(Day("2026-12-02"), ParsedOn(Wednesday, "в среду"));
    }

    [Theory]
    [InlineData("25.11", "2026-11-25")]
    [InlineData("27.11.2026", "2026-11-27")]
    [InlineData("27.11.26", "2026-11-27")]
    [InlineData("27/11", "2026-11-27")]
    [InlineData("1.12", "2026-12-01")]
    [InlineData("27 ноября", "2026-11-27")]
    [InlineData("на 3 декабря", "2026-12-03")]
    [InlineData("3 дек", "2026-12-03")]
    [InlineData("3 декабря 2026", "2026-12-03")]
    public void Numeric_and_worded_dates_are_understood(string text, string expected)
    {
        Assert.Equal(Day(expected), ParsedOn(Wednesday, text));
    }

    [Fact]
    public void A_date_without_a_year_typed_in_late_December_is_next_January()
    {
        var lateDecember = Moscow.At("2026-12-28 10:00");

        Assert.Equal(Day("2027-01-05"), ParsedOn(lateDecember, "05.01"));
        Assert.Equal(Day("2027-01-05"), ParsedOn(lateDecember, "5 января"));
    }

    [Fact]
    public void A_date_without_a_year_a_few_days_ago_is_refused_as_past_not_moved_to_next_year()
    {
        Assert.Contains("уже прошла", ErrorOn(Wednesday, "20.11"));
    }

    [Fact]
    public void A_date_without_a_year_typed_in_early_January_for_late_December_is_refused_as_past()
    {
        Assert.Contains("30.12.2026 уже прошла", ErrorOn(Moscow.At("2027-01-05 10:00"), "30.12"));
    }

    [Fact]
    public void A_past_date_is_refused_with_the_reason()
    {
        var error = ErrorOn(Wednesday, "24.11.2026");

        Assert.Equal("Дата 24.11.2026 уже прошла. Укажите сегодняшнюю или будущую дату.", error);
    }

    [Fact]
    public void The_31st_of_February_is_refused_because_February_has_no_such_day()
    {
        Assert.Equal("В феврале нет 31-го числа.", ErrorOn(Wednesday, "31.02"));
        Assert.Equal("В апреле нет 31-го числа.", ErrorOn(Wednesday, "31 апреля"));
    }

    [Fact]
    public void The_29th_of_February_exists_in_a_leap_year()
    {
        Assert.Equal(Day("2028-02-29"), ParsedOn(Moscow.At("2027-12-01 10:00"), "29.02.2028"));
        Assert.Equal(Day("2028-02-29"), ParsedOn(Moscow.At("2027-12-01 10:00"), "29.02"));
    }

    [Fact]
    public void The_29th_of_February_is_refused_in_a_non_leap_year()
    {
        Assert.Contains("29 февраля не бывает", ErrorOn(Wednesday, "29.02.2027"));
        Assert.Contains("29 февраля нет", ErrorOn(Wednesday, "29.02"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("когда-нибудь")]
    [InlineData("25.13")]
    [InlineData("32.01")]
    [InlineData("25 брюмера")]
    public void Garbage_gets_a_message_that_explains_the_expected_format_or_the_error(string text)
    {
        var error = ErrorOn(Wednesday, text);

        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Unreadable_text_is_answered_with_examples_of_the_format()
    {
        Assert.Contains("«25.11»", ErrorOn(Wednesday, "когда-нибудь"));
    }

    [Fact]
    public void A_date_more_than_a_year_ahead_is_refused_as_a_probable_typo()
    {
        Assert.Contains("больше чем через год", ErrorOn(Wednesday, "01.12.2028"));
    }

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Vladivostok")]
    public void At_23_30_on_Sunday_local_time_today_is_still_Sunday_and_tomorrow_is_Monday(string zone)
    {
        var calendar = OrgCalendar.ForZone(zone);
        var now = calendar.At("2026-11-29 23:30");

        Assert.Equal(Day("2026-11-29"), DateInput.Parse("сегодня", now, calendar).Date);
        Assert.Equal(Day("2026-11-30"), DateInput.Parse("завтра", now, calendar).Date);
        Assert.Equal(Day("2026-11-30"), DateInput.Parse("пн", now, calendar).Date);
        Assert.Equal(Day("2026-12-06"), DateInput.Parse("вс", now, calendar).Date);
    }

    [Fact]
    public void The_same_UTC_moment_is_Sunday_in_Moscow_and_Monday_in_Vladivostok_so_Sunday_is_past_only_there()
    {
        var now = Utc("2026-11-29 15:00");

        Assert.True(DateInput.Parse("29.11", now, Calendars.Moscow()).IsSuccess);
        Assert.Contains("уже прошла", DateInput.Parse("29.11", now, Calendars.Vladivostok()).Error);
    }
}
