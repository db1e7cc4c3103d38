using PressHelperBot.Domain.Audit;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

public sealed class AuditLogTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entries_are_added_and_read_by_period_oldest_first_and_none_is_written_twice()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var log = new AuditLog(db);
        var promotion = AuditEntry.Of(Monday.AddHours(2), 100, "Анна Админова", AuditArea.Roles, "Ольга Иванова: роль", "сотрудник", "координатор");
        log.Append(promotion);
        log.Append(AuditEntry.Of(Monday.AddHours(1), 100, "Анна Админова", AuditArea.Quotas, "Отдел культуры: норма публикаций", "2 в неделю", "3 в неделю"));
        log.Append(AuditEntry.Of(Monday.AddDays(8), 100, "Анна Админова", AuditArea.Blocks, "Пётр Сидоров", "", "заблокирован"));

        var week = log.Between(Monday, Monday.AddDays(7));

        Assert.Equal([AuditArea.Quotas, AuditArea.Roles], week.Select(e => e.Area));
        Assert.Equal("координатор", week[1].After);
        Assert.Throws<InvalidOperationException>(() => log.Append(promotion));
    }
}
