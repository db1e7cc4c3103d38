using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Registry;

public class EventDateInputTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();

    // Wednesday 25.11.2026, 10:00 in Moscow.
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");

    [Theory]
    [InlineData("сегодня", "2026-11-25")]
    [InlineData("Вчера", "2026-11-24")]
    [InlineData("позавчера", "2026-11-23")]
    [InlineData("20.11", "2026-11-20")]
    [InlineData("20.11.2026", "2026-11-20")]
    [InlineData("20/11/26", "2026-11-20")]
    [InlineData("20 ноября", "2026-11-20")]
    [InlineData("25.12", "2025-12-25")]
    [InlineData("01.03.2015", "2015-03-01")]
    public void Past_and_todays_dates_are_read(string text, string expected)
    {
        var result = EventDateInput.Parse(text, Now, Moscow);

        Assert.Equal(Calendars.Day(expected), result.Date);
    }

    [Theory]
    [InlineData("завтра", "ещё не наступила")]
    [InlineData("26.11.2026", "Дата 26.11.2026 ещё не наступила")]
    [InlineData("31.02", "В феврале нет 31-го числа")]
    [InlineData("29.02.2025", "29 февраля не было")]
    [InlineData("13.13", "Месяца с номером 13 нет")]
    [InlineData("01.01.1999", "не раньше 2000")]
    [InlineData("вторник", "Не получилось понять дату")]
    [InlineData("", "Дата не указана")]
    public void Future_impossible_and_unreadable_dates_are_refused_with_a_reason(string text, string reason)
    {
        var result = EventDateInput.Parse(text, Now, Moscow);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void A_very_long_text_is_refused_without_parsing()
    {
        Assert.False(EventDateInput.Parse(new string('1', 5000), Now, Moscow).IsSuccess);
    }

    [Fact]
    public void Today_is_the_local_date_of_the_zone_not_of_utc()
    {
        var vladivostok = Calendars.Vladivostok();

        // 15:30 UTC on 25.11 is already 01:30 on 26.11 in Vladivostok.
        var result = EventDateInput.Parse("26.11.2026", Calendars.Utc("2026-11-25 15:30"), vladivostok);

        Assert.Equal(Calendars.Day("2026-11-26"), result.Date);
        Assert.False(EventDateInput.Parse("26.11.2026", Calendars.Utc("2026-11-25 15:30"), Moscow).IsSuccess);
    }
}
