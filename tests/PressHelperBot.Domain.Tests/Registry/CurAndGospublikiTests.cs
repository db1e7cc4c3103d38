using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

public class CurAndGospublikiTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");

    private static Account Account(bool gospubliki = true)
    {
        var account = Domain.Registry.Account.Register(3, SocialNetwork.Vk, null, "vk.com/school2", "Школа №2", Calendars.Day("2026-11-02"),
            ResponsiblePerson.Create("Иванова Анна", "специалист", "+79001234567"), Staff, Now, Moscow);
        if (gospubliki)
        {
            account.UpdateChecklist(account.Checklist.Toggle(SecurityItem.Gospubliki));
        }
        return account;
    }

    [Fact]
    public void A_cur_request_needs_what_is_asked_and_a_due_date_not_in_the_past_and_is_answered_once()
    {
        Assert.Throws<DomainException>(() => CurRequest.Record(" ", Calendars.Day("2026-11-30"), Coordinator, Now, Moscow));
        Assert.Throws<DomainException>(() => CurRequest.Record("Сведения об аккаунтах", Calendars.Day("2026-11-24"), Coordinator, Now, Moscow));
        var request = CurRequest.Record(" Сведения об аккаунтах ", Calendars.Day("2026-11-25"), Coordinator, Now, Moscow);

        request.MarkAnswered("otvet-cur-1.xlsx", Coordinator, Now);

        Assert.Equal(("Сведения об аккаунтах", false, "otvet-cur-1.xlsx"), (request.Subject, request.IsOpen, request.AnswerFileName));
        Assert.Throws<DomainException>(() => request.MarkAnswered("otvet-cur-1.xlsx", Coordinator, Now));
    }

    [Fact]
    public void A_gospubliki_item_is_confirmed_by_the_second_working_day_with_a_post_in_the_account_s_network()
    {
        // Sent on Thursday 26.11: Friday and Monday are the two working days.
        var item = GospublikiItem.Record(Account(), "Памятка о гриппе", Calendars.Day("2026-11-26"), Coordinator, Moscow.At("2026-11-26 11:00"), Moscow);

        Assert.Equal(Calendars.Day("2026-11-30"), item.ConfirmBy);
        Assert.Equal("Это ссылка на пост в сети Одноклассники, а материал направлен в аккаунт в сети ВКонтакте.",
            Assert.Throws<DomainException>(() => item.Confirm(Account(), Post("ok.ru/group/1/topic/2"), Staff, Now)).Message);
        Assert.False(item.IsConfirmed);
        item.Confirm(Account(), Post("m.vk.com/wall-1_15?utm_source=share"), Staff, Now);
        Assert.Equal(("https://vk.com/wall-1_15", Staff, Now), (item.Link, item.ConfirmedById, item.ConfirmedAt));
        Assert.Equal("Размещение уже подтверждено 25.11.2026.",
            Assert.Throws<DomainException>(() => item.Confirm(Account(), Post("vk.com/wall-1_16"), Staff, Now)).Message);
        Assert.Equal("https://vk.com/wall-1_15", item.Link);
    }

    private static PostLink Post(string link) => PostLinks.Parse(link).Link!;

    [Fact]
    public void Only_an_account_connected_to_gospubliki_receives_items()
    {
        var error = Assert.Throws<DomainException>(() => GospublikiItem.Record(Account(gospubliki: false), "Памятка", Calendars.Day("2026-11-25"), Coordinator, Now, Moscow));

        Assert.StartsWith("Аккаунт не подключён к «Госпабликам»", error.Message);
    }

    [Fact]
    public void An_unconfirmed_item_is_reminded_every_working_day_after_its_confirm_by_date()
    {
        var item = GospublikiItem.Record(Account(), "Памятка о гриппе", Calendars.Day("2026-11-26"), Coordinator, Moscow.At("2026-11-26 11:00"), Moscow);
        var sent = new HashSet<string>();
        var days = new List<DateOnly>();

        for (var now = Moscow.At("2026-11-26 11:00"); now <= Moscow.At("2026-12-03 23:00"); now = now.AddHours(1))
        {
            var slots = DeadlineReminders.Schedule("gospubliki:1", item.RecordedAt, item.ConfirmBy, DeadlinePlan.OverdueOnly, Moscow, new TimeOnly(10, 0), Moscow.Today(now).AddDays(2));
            foreach (var due in DeadlineReminders.Due(slots, item.ConfirmBy, now, Moscow, sent))
            {
                sent.Add(due.Slot.Key);
                days.Add(Moscow.Today(now));
                Assert.Equal(ReminderAudience.Coordinators, due.Slot.Audience);
            }
        }

        Assert.Equal([Calendars.Day("2026-12-01"), Calendars.Day("2026-12-02"), Calendars.Day("2026-12-03")], days);
    }
}
