using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Admin;
using PressHelperBot.Features.Onboarding;
using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Access;

// Every button is authorised again from the stored role: a staff member who forges the data of an
// admin's or a coordinator's button is refused, and nothing changes.
public sealed class ForgedPressScenarios
{
    [Fact]
    public async Task A_staff_member_pressing_forged_admin_and_coordinator_buttons_is_refused_and_nothing_changes()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var culture = bot.Seed.Department("Отдел культуры");
        var ivan = bot.NewPerson("Иван", "Петров");
        bot.Seed.Staff(ivan, culture);
        var olga = bot.NewPerson("Ольга", "Иванова");
        bot.Seed.Staff(olga, culture);
        var request = JoinRequest.Open(bot.NewPerson("Пётр", "Сидоров").Id, "Пётр Сидоров", culture.Id, bot.Clock.GetUtcNow());
        bot.Get<JoinRequestRepository>().Add(request);
        await ivan.SendsAsync("/start");
        var menu = await ivan.SeesAsync("Главное меню");

        IButton[] forged =
        [
            new DepartmentListButton(), new NewDepartmentButton(), new OpenDepartmentButton(culture.Id),
            new ConfirmDeleteDepartmentButton(culture.Id), new DepartmentKindButton(DepartmentKind.SubordinateOrganisation),
            new PeopleListButton(), new ChangeRoleButton(ivan.Id, Role.Coordinator), new BlockButton(olga.Id, Blocked: true),
            new MembershipButton(ivan.Id, culture.Id, Member: false), new ClearParkedButton(),
            new InviteMenuButton(), new IssueInviteButton(culture.Id, 50), new IssueRoleInviteButton(Role.Coordinator),
            new JoinRequestsButton(), new DecideJoinButton(request.Id, Approve: true),
            new StyleSettingsButton(), new SetCheckButton(FindingKind.Passive, Enabled: false), new AddStyleWordButton(),
        ];
        foreach (var button in forged)
        {
            var press = await ivan.SendsCallbackAsync(menu.MessageId, ButtonCodec.Encode(button));
            Assert.Equal("Это действие вам недоступно", await ivan.WaitForCallbackAnswerAsync(press));
        }

        await bot.SettledAsync();
        Assert.Equal(Role.Staff, bot.Seed.Find(ivan)!.Role);
        Assert.Equal([culture.Id], bot.Seed.Find(ivan)!.DepartmentIds);
        Assert.False(bot.Seed.Find(olga)!.IsBlocked);
        Assert.Single(bot.Get<DepartmentRepository>().All());
        Assert.True(bot.Get<JoinRequestRepository>().Find(request.Id)!.IsPending);
        Assert.Empty(bot.Get<StyleSettingsRepository>().DisabledChecks());
        Assert.Null(bot.Get<ConversationStore>().Find(ivan.Id));
        Assert.Empty(bot.Get<AuditLog>().Between(bot.Clock.GetUtcNow().AddDays(-1), bot.Clock.GetUtcNow().AddDays(1)));
        Assert.Equal(menu.Text, ivan.Chat.Messages.Single(m => m.MessageId == menu.MessageId).Text);
        bot.Server.AssertNoViolations();
    }
}
