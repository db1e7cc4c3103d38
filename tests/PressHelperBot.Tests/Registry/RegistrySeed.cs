using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

// Accounts put straight into the registry, for the "given" part of scenarios. The responsible person is
// built without ResponsiblePerson.Create's checks, as data stored by older versions may look.
internal static class RegistrySeed
{
    public static Account Account(
        this BotUnderTest bot,
        Department department,
        string name = "Школа №2",
        string link = "vk.com/school2",
        string position = "специалист по связям с общественностью",
        string contact = "@ivanova_a",
        Action<Account>? amend = null)
    {
        var account = Domain.Registry.Account.Register(department.Id, SocialNetwork.Vk, null, link, name, new DateOnly(2026, 11, 2),
            new ResponsiblePerson("Иванова Анна Петровна", position, contact), 1, bot.Clock.GetUtcNow(), bot.Get<OrgCalendar>());
        amend?.Invoke(account);
        bot.Get<AccountRepository>().Add(account);
        return account;
    }
}
