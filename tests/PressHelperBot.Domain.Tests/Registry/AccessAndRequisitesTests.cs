using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

public class AccessAndRequisitesTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow("2026-11-04");
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");

    private static Account Account() =>
        Domain.Registry.Account.Register(3, SocialNetwork.Vk, null, "vk.com/school2", "Школа №2", Calendars.Day("2026-11-02"),
            ResponsiblePerson.Create("Иванова Анна", "специалист", "+79001234567"), Staff, Now, Moscow);

    [Theory]
    [InlineData("+7 900 123-45-67")]
    [InlineData("press@amurzet.ru")]
    [InlineData("телефон Ивановой 89001234567")]
    [InlineData("@ivanova_a")]
    public void A_binding_says_whose_phone_or_e_mail_it_is_never_the_number_itself(string whose)
    {
        var error = Assert.Throws<DomainException>(() => AccountBinding.Of(BindingKind.Phone, whose));

        Assert.StartsWith("Номер, почту или имя в Telegram сюда не пишите", error.Message);
    }

    [Fact]
    public void Access_keeps_who_holds_the_login_whose_phone_it_is_bound_to_and_when_it_changed()
    {
        var account = Account();

        account.RecordLoginHolder(LoginHolder.Person(1001, "Иван Петров"));
        account.RecordBinding(AccountBinding.Of(BindingKind.Email, "  общая почта   школы "));
        account.RecordAccessChanged(Calendars.Day("2026-11-24"), Now, Moscow);

        Assert.Equal(
            new AccountAccess(new LoginHolder(LoginHolderKind.Person, 1001, "Иван Петров"), new AccountBinding(BindingKind.Email, "общая почта школы"), Calendars.Day("2026-11-24")),
            account.Access);
        Assert.True(account.Access.IsRecorded);
    }

    [Fact]
    public void Access_cannot_change_in_the_future_before_the_account_existed_or_after_it_was_deleted()
    {
        var account = Account();

        Assert.Throws<DomainException>(() => account.RecordAccessChanged(Calendars.Day("2026-11-26"), Now, Moscow));
        Assert.Throws<DomainException>(() => account.RecordAccessChanged(Calendars.Day("2026-11-01"), Now, Moscow));
        account.MarkDeleted(Calendars.Day("2026-11-20"), Staff, Now, Moscow);
        Assert.Throws<DomainException>(() => account.RecordAccessChanged(Calendars.Day("2026-11-24"), Now, Moscow));
        Assert.Throws<DomainException>(() => account.RecordLoginHolder(LoginHolder.Position("специалист")));
    }

    [Fact]
    public void A_holder_by_position_refuses_a_contact()
    {
        Assert.Throws<DomainException>(() => LoginHolder.Position("специалист, +7 900 123-45-67"));
        Assert.Equal("специалист", LoginHolder.Position(" специалист ").Name);
    }

    [Fact]
    public void A_changed_responsible_person_opens_an_access_task_due_in_the_configured_days()
    {
        var account = Account();
        var change = account.ChangeResponsible(ResponsiblePerson.Create("Петров Пётр", "учитель", "@petrov_p"), Staff, Now, Moscow);

        var calendarDays = RegistryTask.OpenAccessChange(1, 3, change, 5, DeadlineMode.CalendarDays, Now, Moscow);
        var workingDays = RegistryTask.OpenAccessChange(1, 3, change, 5, DeadlineMode.WorkingDays, Now, Moscow);

        Assert.Equal((RegistryTaskKind.AccessChange, Calendars.Day("2026-11-30")), (calendarDays.Kind, calendarDays.DueDate));
        Assert.Equal(Calendars.Day("2026-12-02"), workingDays.DueDate);
        Assert.Throws<DomainException>(() => RegistryTask.OpenAccessChange(1, 3, account.Events[0], 5, DeadlineMode.CalendarDays, Now, Moscow));
    }

    [Fact]
    public void The_position_of_a_responsible_person_may_not_hold_a_contact()
    {
        var error = Assert.Throws<DomainException>(() => ResponsiblePerson.Create("Иванова Анна", "специалист, press@amurzet.ru", "+79001234567"));

        Assert.Equal(ResponsiblePerson.NoContactsInPosition, error.Message);
    }

    [Fact]
    public void Requisites_follow_the_clauses_and_name_what_is_missing()
    {
        var requisites = PageRequisites.Empty.Toggle(PageRequisite.Description).Toggle(PageRequisite.Address).Toggle(PageRequisite.Design);

        Assert.Equal(["геолокация", "электронная почта", "телефоны справочной службы", "ссылка на официальный сайт"], requisites.Gaps);
        Assert.Equal(3, requisites.DoneCount);
        Assert.False(requisites.IsComplete);
        Assert.Contains("Клетня, пункт 2.4", PageRequisites.Clause(PageRequisite.Design));
        Assert.Contains("Рубцовск, пункт 2.3", PageRequisites.Clause(PageRequisite.Description));
        Assert.Equal("Амурзет, раздел 2, пункт 1.1", PageRequisites.Clause(PageRequisite.Geolocation));
        Assert.All(PageRequisites.Items, item => Assert.True(PageRequisites.Empty.Toggle(item).IsDone(item)));
    }
}
