using System.Globalization;

namespace PressHelperBot.Domain.Calendar;

// The Russian production calendar as data. Holidays: Labour Code (Трудовой кодекс РФ) article 112,
// part 1; a holiday on a Saturday or Sunday moves the day off to the next working day (part 2),
// except the January holidays, whose weekend days the Government moves by a decree for each year
// (part 5), often together with other days. Each year below cites its decree; the transfers are
// copied from it, day by day. The decree for a year is published in the autumn before it.
//
// To add a year: copy the decree's list of transfers («перенести … с субботы 2 января на пятницу
// 5 ноября») into ByDecree, add the part-2 moves the decree does not override into ByLabourCode, and
// check the year's total of working days against the published calendar in RussianCalendarTests.
internal static class RussianProductionCalendar
{
    // Article 112, part 1: 1-6 and 8 January (Новогодние каникулы), 7 January (Рождество Христово),
    // 23 February, 8 March, 1 May, 9 May, 12 June, 4 November.
    public static readonly IReadOnlyList<(int Month, int Day)> Holidays =
    [
        (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8),
        (2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4),
    ];

    public static ProductionCalendar Create() => new(Holidays, [Year2025(), Year2026(), Year2027()]);

    // 247 working days. The weekend days of 4 and 5 January go to 2 May and 31 December; 23 February
    // (Sunday) and 8 March (Saturday) go to 8 May and 13 June instead of the next Mondays; Saturday
    // 1 November is worked for Monday 3 November.
    private static ProductionYear Year2025() => Year(
        2025,
        "Постановление Правительства Российской Федерации от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»",
        byDecree: [("04.01", "02.05"), ("05.01", "31.12"), ("23.02", "08.05"), ("08.03", "13.06"), ("01.11", "03.11")],
        byLabourCode: []);

    // 247 working days, no working Saturday. 3 and 4 January go to 9 January and 31 December; 8 March
    // (Sunday) and 9 May (Saturday) move to Mondays 9 March and 11 May by article 112.
    private static ProductionYear Year2026() => Year(
        2026,
        "Постановление Правительства Российской Федерации от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»",
        byDecree: [("03.01", "09.01"), ("04.01", "31.12")],
        byLabourCode: [("08.03", "09.03"), ("09.05", "11.05")]);

    // 247 working days. 2 and 3 January go to 5 November and 31 December; Saturday 20 February is
    // worked for Monday 22 February; 1 May (Saturday), 9 May (Sunday) and 12 June (Saturday) move to
    // the Mondays 3 May, 10 May and 14 June by article 112.
    private static ProductionYear Year2027() => Year(
        2027,
        "Постановление Правительства Российской Федерации от 17.09.2026 № 1187 «О переносе выходных дней в 2027 году»",
        byDecree: [("02.01", "05.11"), ("03.01", "31.12"), ("20.02", "22.02")],
        byLabourCode: [("01.05", "03.05"), ("09.05", "10.05"), ("12.06", "14.06")]);

    private static ProductionYear Year(int year, string decree, (string From, string To)[] byDecree, (string From, string To)[] byLabourCode) =>
        new(
            year,
            decree,
            Holidays.Select(holiday => new DateOnly(year, holiday.Month, holiday.Day)),
            byDecree.Select(move => Transfer(year, move)),
            byLabourCode.Select(move => Transfer(year, move)));

    private static DayTransfer Transfer(int year, (string From, string To) move) => new(Day(year, move.From), Day(year, move.To));

    private static DateOnly Day(int year, string dayMonth) =>
        DateOnly.ParseExact($"{dayMonth}.{year}", "dd.MM.yyyy", CultureInfo.InvariantCulture);
}
