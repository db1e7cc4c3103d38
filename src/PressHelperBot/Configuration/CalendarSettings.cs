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

    // Non-working days besides weekends (public holidays), "01.01.2027, 08.03.2027"; read through Holidays.
    [ConfigurationKeyName(HolidaysKey), DateList]
    public string HolidaysText { get; set; } = "";

    public TimeZoneInfo TimeZone => TimeZoneName.Parse(TimeZoneId);

    public IReadOnlySet<DateOnly> Holidays => DateList.Parse(HolidaysText);
}
