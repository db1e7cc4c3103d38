using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PressHelperBot.Configuration;
using PressHelperBot.Features;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot;

public static class BotHost
{
    // Tests pass `settings` (they win over the environment) and `overrides` (e.g. a FakeTimeProvider),
    // then build, start, dispose and build again on the same database file to simulate a restart.
    public static HostApplicationBuilder CreateBuilder(
        string[] args,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? overrides = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });
        builder.AddBotConfiguration(args, settings).AddBotLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPersistence().AddTelegram().AddJobs().AddFeatures();
        overrides?.Invoke(builder.Services);
        return builder;
    }

    // Runs the bot until Ctrl+C or SIGTERM. A bad setting ends the start with one line on stderr.
    public static async Task<int> RunAsync(string[] args)
    {
        using var host = CreateBuilder(args).Build();
        if (SettingsProblem(host.Services) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        // Resolved before the run: RunAsync disposes the host's services when it ends.
        var startProblem = host.Services.GetRequiredService<StartProblem>();
        await host.RunAsync();
        if (startProblem.Message is { } refused)
        {
            await Console.Error.WriteLineAsync(refused);
            return 2;
        }

        return 0;
    }

    // Reading the settings before the host starts keeps the generic host from logging the
    // failure with a stack trace; the operator gets one line naming the setting and the fix.
    public static string? SettingsProblem(IServiceProvider services)
    {
        try
        {
            // The same check the host makes when it starts (ValidateOnStart), made early.
            services.GetRequiredService<IStartupValidator>().Validate();
            _ = services.GetRequiredService<BotDatabase>();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return $"Configuration error: {e.Failures.First()}";
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault() is OptionsValidationException first)
        {
            return $"Configuration error: {first.Failures.First()}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            var path = services.GetRequiredService<StorageSettings>().DatabasePath;
            return $"Configuration error: {StorageSettings.DatabasePathKey} '{path}' cannot be opened ({e.Message}): point it to a writable file, e.g. data/presshelper.db.";
        }
    }
}
