using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;

namespace PressHelperBot.Playground;

// What the demo organisation has on the first morning, put straight into the bot's database the way the
// scenario tests' seeds do (tests/PressHelperBot.Tests/Support/Seed.cs, Quotas/QuotaSeed.cs): three
// departments with weekly targets, the cast, news in different states and two registry accounts, one of
// them reported today, so its registry deadline runs in front of you.
internal sealed class DemoData(IServiceProvider services, DateTimeOffset now)
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public void Seed()
    {
        var culture = Department(DemoCast.Culture, 3);
        var sport = Department(DemoCast.Sport, 2);
        Department(DemoCast.Education, 1, DepartmentKind.SubordinateOrganisation);

        Person(DemoCast.Admin, Role.Admin);
        Person(DemoCast.Olga, Role.Coordinator);
        Person(DemoCast.Dmitry, Role.Coordinator);
        Person(DemoCast.Ivan, Role.Staff, culture);
        Person(DemoCast.Maria, Role.Staff, sport);
        Person(DemoCast.Elena, Role.Observer);

        var calendar = Get<OrgCalendar>();
        var today = calendar.Today(now);
        var submissions = Get<SubmissionRepository>();

        // In the plan for the next working day after tomorrow.
        var planned = News(DemoCast.Ivan, culture, "В Доме культуры открылась выставка детского рисунка «Мой город». Работы 40 юных художников можно увидеть до конца месяца.");
        planned.Schedule(DemoCast.Olga.Id, calendar.AddWorkingDays(today, 2), now, calendar);
        submissions.Add(planned);

        // Sent back for a correction.
        var returned = News(DemoCast.Maria, sport, "Прошли соревнования по мини-футболу среди школьных команд.");
        returned.RequestChanges(DemoCast.Dmitry.Id, "Добавьте, пожалуйста, кто победил и сколько команд участвовало.", now);
        submissions.Add(returned);

        // Waiting for a decision: its cards go to the coordinators as soon as the bot runs.
        var waiting = News(DemoCast.Maria, sport, "В субботу в 11:00 на стадионе «Юность» пройдёт районная зарядка для всех желающих. Вход свободный.");
        submissions.Add(waiting);
        Get<ReviewCards>().Send(waiting, null);

        Account(culture, SocialNetwork.Vk, "https://vk.com/dk_gorod", "Дом культуры", today.AddDays(-7));
        Account(sport, SocialNetwork.Telegram, "https://t.me/sport_rayon", "Спорт района", today);
    }

    private Department Department(string name, int weeklyQuota, DepartmentKind kind = DepartmentKind.AdministrationDepartment)
    {
        // Added a season ago: a department added this week is new and gets no pace reminders yet.
        var department = Domain.Departments.Department.Create(name, kind, weeklyQuota, now.AddDays(-90));
        Get<DepartmentRepository>().Add(department);
        return department;
    }

    private void Person(DemoPerson who, Role role, params Department[] departments) =>
        Get<PeopleRepository>().Save(Domain.People.Person.Register(who.Id, who.FullName, role, departments.Select(d => d.Id), now));

    private Submission News(DemoPerson author, Department department, string text)
    {
        var submission = Submission.StartDraft(author.Id, department.Id, text, now);
        submission.Submit(author.Id, now);
        return submission;
    }

    // An account as reported through «Реестр»: registered, and its registry entry due within the deadline.
    private void Account(Department department, SocialNetwork network, string link, string name, DateOnly createdOn)
    {
        var calendar = Get<OrgCalendar>();
        var account = Domain.Registry.Account.Register(department.Id, network, null, link, name, createdOn,
            new ResponsiblePerson("Иванова Анна Петровна", "специалист по связям с общественностью", "@ivanova_a"), DemoCast.Admin.Id, now, calendar);
        Get<AccountRepository>().Add(account);
        var settings = Get<PressHelperBot.Configuration.RegistrySettings>();
        Get<RegistryTaskRepository>().Add(RegistryTask.Open(account.Id, account.DepartmentId, account.Events[^1], settings.RegistryDeadlineMode, now, calendar));
    }
}
