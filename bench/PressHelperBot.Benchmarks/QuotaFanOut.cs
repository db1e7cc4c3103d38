using System.Diagnostics;
using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Benchmarks;

// Issue 6: one quota pace check reminding N staff of a department behind its target, through the
// outbox, against the fake server WITH Telegram's rate limits on. Prints the time against the floor
// the limit allows (N / 30 per second) and the number of 429 answers. Asserts nothing.
internal static class QuotaFanOut
{
    private const long AdminId = 100;
    private const int OverallPerSecond = 30;

    public static async Task RunAsync(int people, string folder)
    {
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramOptions());
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = server.Token,
            [TelegramSettings.TelegramApiUrlKey] = server.BaseUrl,
            [StorageSettings.DatabasePathKey] = Path.Combine(folder, "presshelper.db"),
            [AccessSettings.AdminIdsKey] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TelegramSettings.PollingTimeoutSecondsKey] = "1",
            [LoggingSettings.LogLevelKey] = "Warning",
            [JobSettings.JobPollIntervalSecondsKey] = "0.1",
        };

        // The check needs a working day with time left: run as if it were next Wednesday, clock running.
        var clock = new ShiftedClock(UntilNextWednesday11Moscow(DateTimeOffset.UtcNow));
        using var host = BotHost.CreateBuilder([], settings, services => services.AddSingleton<TimeProvider>(clock)).Build();
        var staff = Seed(host.Services, server, people);
        await host.StartAsync();

        Console.WriteLine($"database in {folder}");
        Console.WriteLine($"Quota reminder to {people} staff, fake Bot API with rate limits ({OverallPerSecond}/s overall) at {server.BaseUrl}");
        var watch = Stopwatch.StartNew();
        using (var scope = host.Services.CreateScope())
        {
            // As Hangfire runs it: in one unit of work, whose commit queues every reminder at once.
            await scope.ServiceProvider.GetRequiredService<ScheduledJobRunner>().RunAsync("quota-pace", CancellationToken.None);
        }
        var queued = watch.Elapsed;

        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (staff.Count(HasReminder) < people && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var delivered = watch.Elapsed;
        var floor = TimeSpan.FromSeconds((double)people / OverallPerSecond);

        Console.WriteLine($"queued by the job in      {queued.TotalSeconds,7:F1} s ({queued.TotalMilliseconds / people:F1} ms a message)");
        Console.WriteLine($"all delivered after       {delivered.TotalSeconds,7:F1} s ({staff.Count(HasReminder)} of {people} reached)");
        Console.WriteLine($"rate-limit floor          {floor.TotalSeconds,7:F1} s ({people} / {OverallPerSecond} per second)");
        Console.WriteLine($"ratio to the floor        {delivered / floor,7:F2}x");
        Console.WriteLine($"429 answers               {server.TooManyRequestsCount,7}");
        Console.WriteLine($"violations                {server.Violations.Count,7}");

        await host.StopAsync();
        host.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    // The reminder is the only message these people get.
    private static bool HasReminder(FakeUser user) => user.Chat.Messages.Any(m => m.FromBot);

    private static List<FakeUser> Seed(IServiceProvider services, FakeTelegramServer server, int people)
    {
        var longAgo = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var departments = services.GetRequiredService<DepartmentRepository>();
        var education = Department.Create("Отдел образования", DepartmentKind.AdministrationDepartment, 1, longAgo);
        departments.Add(education);
        var repository = services.GetRequiredService<PeopleRepository>();
        server.CreateUser(AdminId, "Анна", lastName: "Админова");
        repository.Save(Person.Register(AdminId, "Анна Админова", Role.Admin, [], longAgo));
        var staff = new List<FakeUser>();
        for (var i = 0; i < people; i++)
        {
            var user = server.CreateUser(50_000 + i, "Сотрудник", lastName: $"Номер {i}");
            repository.Save(Person.Register(user.Id, $"Сотрудник Номер {i}", Role.Staff, [education.Id], longAgo));
            staff.Add(user);
        }
        return staff;
    }

    private static TimeSpan UntilNextWednesday11Moscow(DateTimeOffset now)
    {
        var calendar = OrgCalendar.ForZone("Europe/Moscow");
        var day = calendar.Today(now).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }
        return calendar.Instant(day, new TimeOnly(11, 0)) - now;
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
