using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;

namespace PressHelperBot.Configuration;

// The organisation's calendar: weeks, working days, deadlines and every time shown or scheduled are in
// this zone (see Domain/Calendar/OrgCalendar, built from these settings).
public sealed class CalendarSettings
{
    public const string TimeZoneKey = "TIME_ZONE";
    public const string HolidaysKey = "HOLIDAYS";

    [ConfigurationKeyName(TimeZoneKey), TimeZoneName]
    public string TimeZoneId { get; set; } = "Europe/Moscow";

    // The organisation's own days off on top of the built-in Russian production calendar (a regional
    // holiday, a day declared off locally), "20.03.2026, 27.05.2026"; read through Holidays.
    [ConfigurationKeyName(HolidaysKey), DateList]
    public string HolidaysText { get; set; } = "";

    public TimeZoneInfo TimeZone => TimeZoneName.Parse(TimeZoneId);

    public IReadOnlySet<DateOnly> Holidays => DateList.Parse(HolidaysText);
}
