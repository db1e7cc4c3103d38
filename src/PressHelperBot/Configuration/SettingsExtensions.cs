using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

public static class SettingsExtensions
{
    // Lowest to highest: .env in the working directory, environment variables, command line,
    // then values a test passes in.
    public static HostApplicationBuilder AddBotConfiguration(
        this HostApplicationBuilder builder, string[] args, IDictionary<string, string?>? settings)
    {
        var envFile = Path.Combine(Directory.GetCurrentDirectory(), ".env");
        builder.Configuration
            .AddInMemoryCollection(DotEnvFile.Read(envFile))
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddBotSettings();

        // Weeks, working days and deadlines everywhere come from this one calendar: the Russian
        // production calendar built in, with HOLIDAYS on top.
        builder.Services.AddSingleton(sp =>
        {
            var calendar = sp.GetRequiredService<CalendarSettings>();
            return new PressHelperBot.Domain.Calendar.OrgCalendar(
                calendar.TimeZone, calendar.Holidays, PressHelperBot.Domain.Calendar.ProductionCalendar.Russia);
        });
        return builder;
    }

    // Every settings group, each bound and validated when the host starts (ValidateOnStart) and injected
    // as itself. Telegram's come first: a missing token is the first thing a new operator meets.
    public static IServiceCollection AddBotSettings(this IServiceCollection services) => services
        .AddSettings<TelegramSettings, TelegramSettingsValidator>()
        .AddSingleton<IValidateOptions<TelegramSettings>, TelegramTimeoutsValidator>()
        .AddSettings<AccessSettings, AccessSettingsValidator>()
        .AddSettings<CalendarSettings, CalendarSettingsValidator>()
        .AddSettings<StorageSettings>()
        .AddSettings<LoggingSettings, LoggingSettingsValidator>()
        .AddSettings<ReviewSettings, ReviewSettingsValidator>()
        .AddSingleton<IValidateOptions<ReviewSettings>, PendingRemindersValidator>()
        .AddSettings<QuotaSettings, QuotaSettingsValidator>()
        .AddSettings<ChannelSettings, ChannelSettingsValidator>()
        .AddSettings<PlanAgreementSettings, PlanAgreementSettingsValidator>()
        .AddSettings<RegistrySettings, RegistrySettingsValidator>()
        .AddSettings<HeadReportSettings, HeadReportSettingsValidator>()
        .AddSettings<CitizenMessageSettings, CitizenMessageSettingsValidator>()
        .AddSingleton<IValidateOptions<CitizenMessageSettings>, ReplyRemindersValidator>()
        .AddSettings<JobSettings, JobSettingsValidator>()
        .AddSettings<DashboardSettings, DashboardSettingsValidator>()
        .AddSingleton<IValidateOptions<DashboardSettings>, DashboardPasswordValidator>()
        .AddSettings<WebhookSettings, WebhookSettingsValidator>()
        .AddSingleton<IValidateOptions<WebhookSettings>, WebhookRequirementsValidator>();

    public static HostApplicationBuilder AddBotLogging(this HostApplicationBuilder builder)
    {
        // Read before the host exists; a wrong LOG_LEVEL is reported at start, Information is used until then.
        var level = BoundSettings<LoggingSettings>.Read(builder.Configuration).LogLevel;
        level = Enum.IsDefined(level) ? level : LogLevel.Information;
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(level);

        // HttpClient logs request URLs, and Telegram's URLs carry the bot token (/bot<token>/method).
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Extensions.Http", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", level <= LogLevel.Information ? LogLevel.Information : level);
        return builder;
    }

    // Binding and its problems first, then the group's own rules; the bound value is a singleton, so a
    // consumer takes e.g. QuotaSettings in its constructor.
    private static IServiceCollection AddSettings<TSettings, TValidator>(this IServiceCollection services)
        where TSettings : class, new()
        where TValidator : class, IValidateOptions<TSettings> =>
        services.AddSettings<TSettings>().AddSingleton<IValidateOptions<TSettings>, TValidator>();

    private static IServiceCollection AddSettings<TSettings>(this IServiceCollection services)
        where TSettings : class, new()
    {
        services.AddOptions<TSettings>().ValidateOnStart();
        services.AddSingleton<BoundSettings<TSettings>>();
        services.AddSingleton<IConfigureOptions<TSettings>>(sp => sp.GetRequiredService<BoundSettings<TSettings>>());
        services.AddSingleton<IValidateOptions<TSettings>>(sp => sp.GetRequiredService<BoundSettings<TSettings>>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TSettings>>().Value);
        return services;
    }
}
