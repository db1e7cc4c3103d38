using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.Admin;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.CitizensMessages;
using PressHelperBot.Features.Help;
using PressHelperBot.Features.Moderation;
using PressHelperBot.Features.Onboarding;
using PressHelperBot.Features.PendingReminders;
using PressHelperBot.Features.Plan;
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
        .AddPendingReminders()
        .AddStyle()
        .AddQuotas()
        .AddRegistry()
        .AddCitizensMessages()
        .AddModeration();

    private static IServiceCollection AddStart(this IServiceCollection services) => services
        .AddScoped<MainMenu>()
        .AddCommand<StartCommand>();

    private static IServiceCollection AddHelp(this IServiceCollection services) => services
        .AddCommand<HelpCommand>()
        .AddCallbacks<HelpMenuItem>()
        .AddMenu<HelpMenuItem>();

    private static IServiceCollection AddCancel(this IServiceCollection services) => services
        .AddCommand<CancelFeature>()
        .AddCallbacks<CancelFeature>();

    private static IServiceCollection AddOnboarding(this IServiceCollection services) => services
        .AddScoped<Registration>()
        .AddScoped<GuestWelcome>()
        .AddScoped<InviteRedemption>()
        .AddScoped<JoinRequestCards>()
        .AddCommand<InviteFeature>()
        .AddCallbacks<InviteFeature>()
        .AddMenu<InviteFeature>()
        .AddCommand<JoinConversation>()
        .AddCallbacks<JoinConversation>()
        .AddConversation<JoinConversation>()
        .AddCallbacks<JoinDecision>();

    private static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddCommand<DepartmentsAdmin>()
        .AddCallbacks<DepartmentsAdmin>()
        .AddScoped<DepartmentConversation>()
        .AddConversation<DepartmentConversation>()
        .AddMenu<DepartmentsAdmin>()
        .AddCommand<PeopleAdmin>()
        .AddCallbacks<PeopleAdmin>()
        .AddMenu<PeopleAdmin>()
        .AddCommand<ParkedUpdatesAdmin>()
        .AddCallbacks<ParkedUpdatesAdmin>()
        .AddMenu<ParkedUpdatesAdmin>();
}
