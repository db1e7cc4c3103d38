using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// Admins give roles (coordinator, observer, staff) and block or unblock people.
internal sealed class PeopleAdmin(
    PeopleRepository people,
    DepartmentRepository departments,
    ConversationStore conversations,
    CommandMenu commandMenu,
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "ppl";

    // Shown as buttons; more people than this are reached through later search (not built yet).
    private const int ListLimit = 90;

    private static readonly Role[] AssignableRoles = [Role.Coordinator, Role.Observer, Role.Staff];

    public string Command => "people";

    public string Feature => Name;

    public string? Description => "люди: роли и блокировка";

    public Audience Audience => Audience.Admin;

    public int Order => 60;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin ? [Telegram.Buttons.Callback(AdminTexts.PeopleButton, Name, "list")] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(), ListKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        if (data.Action == "list")
        {
            await notifier.ReplaceAsync(context, ListText(), ListKeyboard(), ct);
            return null;
        }

        var person = people.Find(data.LongArg(0)) ?? throw new StaleButtonException();
        string? answer = null;
        switch (data.Action)
        {
            case "open":
                break;
            case "role":
                var role = RoleFromCode(data.Arg(1));
                person.ChangeRole(role);
                people.Save(person);
                await notifier.SendAsync(person.Id, AdminTexts.RoleChangedForPerson(role), ct: ct);
                await commandMenu.ApplyAsync(person.Id, BotContext.AudienceOf(person), ct);
                answer = "Роль изменена";
                break;
            case "block" when person.Id != context.UserId:
                person.Block();
                people.Save(person);
                conversations.End(person.Id);
                answer = "Доступ к боту закрыт";
                break;
            case "unblock":
                person.Unblock();
                people.Save(person);
                answer = "Доступ к боту открыт";
                break;
            default:
                throw new StaleButtonException();
        }

        await notifier.ReplaceAsync(context, Card(person), CardKeyboard(person), ct);
        return answer;
    }

    private string ListText()
    {
        var count = people.All().Count;
        return count == 0 ? AdminTexts.NoPeople : AdminTexts.PeopleList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => Telegram.Buttons.Column(
        people.All().Take(ListLimit).Select(p => Telegram.Buttons.Callback($"{AdminTexts.RoleIcon(p)} {p.Name}", Name, "open", p.Id)));

    private string Card(Person person) =>
        AdminTexts.PersonCard(person, person.DepartmentIds.Select(departments.Find).OfType<Domain.Departments.Department>().Select(d => d.Name));

    private static InlineKeyboardMarkup CardKeyboard(Person person)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (person.Role != Role.Admin)
        {
            buttons.AddRange(AssignableRoles.Where(r => r != person.Role)
                .Select(r => Telegram.Buttons.Callback(AdminTexts.MakeButton(r), Name, "role", person.Id, CodeOf(r))));
            buttons.Add(person.IsBlocked
                ? Telegram.Buttons.Callback("✅ Разблокировать", Name, "unblock", person.Id)
                : Telegram.Buttons.Callback("🚫 Заблокировать", Name, "block", person.Id));
        }

        buttons.Add(Telegram.Buttons.Callback(AdminTexts.BackToPeople, Name, "list"));
        return Telegram.Buttons.Column(buttons);
    }

    private static string CodeOf(Role role) => role switch
    {
        Role.Coordinator => "c",
        Role.Observer => "o",
        _ => "s",
    };

    private static Role RoleFromCode(string code) => code switch
    {
        "c" => Role.Coordinator,
        "o" => Role.Observer,
        "s" => Role.Staff,
        _ => throw new StaleButtonException(),
    };
}
