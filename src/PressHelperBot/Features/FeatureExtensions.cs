using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.Admin;
using PressHelperBot.Features.Audit;
using PressHelperBot.Features.CalendarUpdate;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.CitizensMessages;
using PressHelperBot.Features.Consent;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Features.Help;
using PressHelperBot.Features.History;
using PressHelperBot.Features.Moderation;
using PressHelperBot.Features.Onboarding;
using PressHelperBot.Features.PendingReminders;
using PressHelperBot.Features.Plan;
using PressHelperBot.Features.Publications;
using PressHelperBot.Features.Quotas;
using PressHelperBot.Features.Registry;
using PressHelperBot.Features.Review;
using PressHelperBot.Features.Start;
using PressHelperBot.Features.Style;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features;

public static class FeatureExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services) => services
        .AddStart()
        .AddHelp()
        .AddCancel()
        .AddOnboarding()
        .AddAdmin()
        .AddSubmissions()
        .AddReview()
        .AddPlan()
        .AddPublications()
        .AddPendingReminders()
        .AddStyle()
        .AddQuotas()
        .AddRegistry()
        .AddCalendar()
        .AddAudit()
        .AddConsent()
        .AddHistory()
        .AddHeadReport()
        .AddCitizensMessages()
        .AddModeration();

    private static IServiceCollection AddStart(this IServiceCollection services) => services
        .AddScoped<MainMenu>()
        .AddCommand<StartCommand>()
        .AddButton<MainMenuButton, MainMenuPress>();

    private static IServiceCollection AddHelp(this IServiceCollection services) => services
        .AddCommand<HelpCommand>()
        .AddButton<HelpButton, HelpMenuItem>()
        .AddMenu<HelpMenuItem>();

    private static IServiceCollection AddCancel(this IServiceCollection services) => services
        .AddCommand<CancelFeature>()
        .AddButton<CancelButton, CancelFeature>();

    private static IServiceCollection AddOnboarding(this IServiceCollection services) => services
        .AddScoped<Registration>()
        .AddScoped<GuestWelcome>()
        .AddScoped<RedeemInvite>()
        .AddScoped<InviteRedemption>()
        .AddScoped<IssueInvite>()
        .AddScoped<JoinRequestCards>()
        .AddScoped<JoinRequestChanges>()
        .AddCommand<InviteFeature>()
        .AddButton<InviteMenuButton, InviteFeature>()
        .AddButton<InviteDepartmentButton, InviteFeature>()
        .AddButton<IssueInviteButton, InviteFeature>()
        .AddButton<IssueRoleInviteButton, InviteFeature>()
        .AddButton<RevokeInviteButton, InviteFeature>()
        .AddMenu<InviteFeature>()
        .AddCommand<JoinConversation>()
        .AddButton<AskToJoinButton, JoinConversation>()
        .AddButton<JoinDepartmentButton, JoinConversation>()
        .AddConversation<JoinConversation>()
        .AddButton<DecideJoinButton, JoinDecision>()
        .AddButton<JoinRequestsButton, JoinDecision>();

    private static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddScoped<PeopleChanges>()
        .AddScoped<DepartmentChanges>()
        .AddCommand<DepartmentsAdmin>()
        .AddButton<DepartmentListButton, DepartmentsAdmin>()
        .AddButton<NewDepartmentButton, DepartmentsAdmin>()
        .AddButton<DepartmentKindButton, DepartmentsAdmin>()
        .AddButton<DefaultQuotaButton, DepartmentsAdmin>()
        .AddButton<OpenDepartmentButton, DepartmentsAdmin>()
        .AddButton<RenameDepartmentButton, DepartmentsAdmin>()
        .AddButton<ChangeQuotaButton, DepartmentsAdmin>()
        .AddButton<DeleteDepartmentButton, DepartmentsAdmin>()
        .AddButton<ConfirmDeleteDepartmentButton, DepartmentsAdmin>()
        .AddScoped<DepartmentConversation>()
        .AddConversation<DepartmentConversation>()
        .AddMenu<DepartmentsAdmin>()
        .AddCommand<PeopleAdmin>()
        .AddButton<PeopleListButton, PeopleAdmin>()
        .AddButton<OpenPersonButton, PeopleAdmin>()
        .AddButton<ChangeRoleButton, PeopleAdmin>()
        .AddButton<BlockButton, PeopleAdmin>()
        .AddButton<PersonDepartmentsButton, PeopleAdmin>()
        .AddButton<MembershipButton, PeopleAdmin>()
        .AddMenu<PeopleAdmin>()
        .AddCommand<ParkedUpdatesAdmin>()
        .AddButton<ParkedListButton, ParkedUpdatesAdmin>()
        .AddButton<ClearParkedButton, ParkedUpdatesAdmin>()
        .AddMenu<ParkedUpdatesAdmin>();
}
