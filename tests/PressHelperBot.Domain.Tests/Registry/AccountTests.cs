using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

public class AccountTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");
    private static readonly ResponsiblePerson Ivanova = ResponsiblePerson.Create("Иванова А. П.", "специалист", "+79001234567");

    private static Account Register(SocialNetwork network = SocialNetwork.Vk, string link = "vk.com/club123", string date = "2026-11-20", string? other = null) =>
        Account.Register(3, network, other, link, "Школа №2", Calendars.Day(date), Ivanova, Staff, Now, Moscow);

    [Fact]
    public void A_registered_account_keeps_a_normalised_link_and_a_created_event()
    {
        var account = Register();

        Assert.Equal("https://vk.com/club123", account.Link);
        Assert.True(account.IsActive);
        Assert.Equal(AccountEventKind.Created, account.Events.Single().Kind);
        Assert.Equal("ВКонтакте", account.NetworkName);
    }

    [Fact]
    public void A_creation_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Register(date: "2026-11-26"));

        Assert.Equal("Дата 26.11.2026 ещё не наступила. Укажите сегодняшнюю или прошедшую дату.", error.Message);
    }

    [Fact]
    public void A_link_to_another_network_is_refused_with_the_expected_form()
    {
        var error = Assert.Throws<DomainException>(() => Register(SocialNetwork.Odnoklassniki, "https://vk.com/club1"));

        Assert.Equal("Ссылка ведёт не в Одноклассники. Нужен адрес вида https://ok.ru/…", error.Message);
    }

    [Fact]
    public void Another_network_needs_its_name()
    {
        Assert.Throws<DomainException>(() => Register(SocialNetwork.Other, "https://example.ru/x"));
        Assert.Equal("Pinterest", Register(SocialNetwork.Other, "https://pinterest.com/x", other: "Pinterest").NetworkName);
    }

    [Fact]
    public void Deleting_records_the_date_and_refuses_a_second_deletion_and_a_date_before_creation()
    {
        var account = Register();

        Assert.Throws<DomainException>(() => account.MarkDeleted(Calendars.Day("2026-11-19"), Staff, Now, Moscow));
        var deleted = account.MarkDeleted(Calendars.Day("2026-11-24"), Staff, Now, Moscow);
        Assert.Throws<DomainException>(() => account.MarkDeleted(Calendars.Day("2026-11-25"), Staff, Now, Moscow));

        Assert.Equal(AccountEventKind.Deleted, deleted.Kind);
        Assert.False(account.IsActive);
    }

    [Fact]
    public void Changing_the_responsible_person_is_an_event_that_names_both_people()
    {
        var account = Register();

        var change = account.ChangeResponsible(ResponsiblePerson.Create("Петров И. И.", "специалист", "@petrov"), Staff, Now, Moscow);

        Assert.Equal("Иванова А. П. → Петров И. И.", change.Details);
        Assert.Equal("@petrov", account.Responsible.Contact);
        Assert.False(RegistryTask.IsNeededFor(change.Kind));
    }

    [Fact]
    public void The_checklist_lists_its_gaps_in_Russian()
    {
        var checklist = new SecurityChecklist(TwoFactor: true, MarkedOfficial: false, Gospubliki: true);

        Assert.Equal(["отметка официального аккаунта"], checklist.Gaps);
        Assert.False(checklist.IsComplete);
    }
}
