using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Admin;

// Admins give roles (coordinator, observer, staff), put people into departments and block or unblock
// them; the changes are PeopleChanges'. The list, a card and a person's departments take the place of
// the main menu's message, and «⬅️ Назад» walks back up to the menu.
internal sealed class PeopleAdmin(
    PeopleRepository people,
    DepartmentRepository departments,
    PeopleChanges changes,
    CommandMenu commandMenu,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
        IButtonHandler<PeopleListButton>, IButtonHandler<OpenPersonButton>, IButtonHandler<ChangeRoleButton>,
        IButtonHandler<BlockButton>, IButtonHandler<PersonDepartmentsButton>, IButtonHandler<MembershipButton>
{
    // Shown as buttons; more people than this are reached through later search (not built yet).
    private const int ListLimit = 90;

    private static readonly Role[] AssignableRoles = [Role.Coordinator, Role.Observer, Role.Staff];

    public string Command => "people";

    public string? Description => "люди: роли и блокировка";

    public Audience Audience => Audience.Admin;

    public int Order => 60;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        audience == Audience.Admin ? [ButtonCodec.Button(AdminTexts.PeopleButton, new PeopleListButton())] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ListText(), ListKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, PeopleListButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, ListText(), ListKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenPersonButton button, CancellationToken ct)
    {
        await ShowCardAsync(context, Existing(button.PersonId), [], ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ChangeRoleButton button, CancellationToken ct)
    {
        if (!AssignableRoles.Contains(button.Role))
        {
            throw new StaleButtonException();
        }

        var change = changes.ChangeRole(button.PersonId, button.Role, Actor.Of(context), context.Now);
        await ShowCardAsync(context, change.Person, change.LeftDepartments, ct);
        if (change.Changed)
        {
            // The person's own "/" menu; their main menu follows the role by itself.
            await commandMenu.ApplyAsync(change.Person.Id, BotContext.AudienceOf(change.Person), ct);
        }

        return change.Answer;
    }

    public async Task<string?> HandleAsync(BotContext context, BlockButton button, CancellationToken ct)
    {
        var change = changes.SetBlocked(button.PersonId, button.Blocked, Actor.Of(context), context.Now);
        await ShowCardAsync(context, change.Person, [], ct);
        return change.Answer;
    }

    public async Task<string?> HandleAsync(BotContext context, PersonDepartmentsButton button, CancellationToken ct)
    {
        var person = Existing(button.PersonId);
        if (person.Role == Role.Observer)
        {
            await ShowCardAsync(context, person, [], ct);
            return AdminTexts.ObserverHasNoDepartments;
        }

        await ShowDepartmentsAsync(context, person, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, MembershipButton button, CancellationToken ct)
    {
        var change = changes.SetMembership(button.PersonId, button.DepartmentId, button.Member, Actor.Of(context), context.Now);
        if (change.Person.Role == Role.Observer)
        {
            await ShowCardAsync(context, change.Person, [], ct);
        }
        else
        {
            await ShowDepartmentsAsync(context, change.Person, ct);
        }

        return change.Answer;
    }

    private Task ShowCardAsync(BotContext context, Person person, IReadOnlyList<string> left, CancellationToken ct) =>
        notifier.ReplaceAsync(context, AdminTexts.PersonCard(person, DepartmentsOf(person).Select(d => d.Name), left), CardKeyboard(person), ct);

    private Task ShowDepartmentsAsync(BotContext context, Person person, CancellationToken ct)
    {
        var toggles = departments.All().Select(d => ButtonCodec.Button(
            AdminTexts.MembershipToggle(d.Name, person.BelongsTo(d.Id)),
            new MembershipButton(person.Id, d.Id, !person.BelongsTo(d.Id))));
        var keyboard = Telegram.Buttons.Grid(toggles, ButtonCodec.Button(AdminTexts.BackButton, new OpenPersonButton(person.Id)));
        return notifier.ReplaceAsync(context, AdminTexts.PersonDepartments(person), keyboard, ct);
    }

    private Person Existing(long id) => people.Find(id) ?? throw new StaleButtonException();

    private IEnumerable<Department> DepartmentsOf(Person person) => person.DepartmentIds.Select(departments.Find).OfType<Department>();

    private string ListText()
    {
        var count = people.All().Count;
        return count == 0 ? AdminTexts.NoPeople : AdminTexts.PeopleList(count);
    }

    private InlineKeyboardMarkup ListKeyboard() => Telegram.Buttons.Grid(
        people.All().Take(ListLimit).Select(p => ButtonCodec.Button($"{AdminTexts.RoleIcon(p)} {p.Name}", new OpenPersonButton(p.Id))),
        MainMenu.Back());

    private static InlineKeyboardMarkup CardKeyboard(Person person)
    {
        var buttons = new List<InlineKeyboardButton>();
        if (person.Role != Role.Admin)
        {
            buttons.AddRange(AssignableRoles.Where(r => r != person.Role)
                .Select(r => ButtonCodec.Button(AdminTexts.MakeButton(r), new ChangeRoleButton(person.Id, r))));
        }

        if (person.Role != Role.Observer)
        {
            buttons.Add(ButtonCodec.Button(AdminTexts.PersonDepartmentsButton, new PersonDepartmentsButton(person.Id)));
        }

        if (person.Role != Role.Admin)
        {
            buttons.Add(person.IsBlocked
                ? ButtonCodec.Button(AdminTexts.UnblockButton, new BlockButton(person.Id, Blocked: false))
                : ButtonCodec.Button(AdminTexts.BlockButton, new BlockButton(person.Id, Blocked: true)));
        }

        return Telegram.Buttons.Grid(buttons, ButtonCodec.Button(AdminTexts.BackButton, new PeopleListButton()));
    }
}
