using PressHelperBot.Domain.Audit;

namespace PressHelperBot.Domain.Tests.Audit;

public class AuditEntryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_entry_keeps_who_when_what_and_the_value_before_and_after()
    {
        var entry = AuditEntry.Of(Monday, 100, "Анна Админова", AuditArea.Roles, " Ольга Иванова: роль ", "сотрудник", "координатор");

        Assert.Equal(Monday, entry.At);
        Assert.Equal(100, entry.ActorId);
        Assert.Equal("Анна Админова", entry.ActorName);
        Assert.Equal(AuditArea.Roles, entry.Area);
        Assert.Equal("Ольга Иванова: роль", entry.Subject);
        Assert.Equal(("сотрудник", "координатор"), (entry.Before, entry.After));
        Assert.Equal(0, entry.Id);
    }

    [Fact]
    public void An_entry_needs_to_say_what_changed()
    {
        Assert.Throws<ArgumentException>(() => AuditEntry.Of(Monday, 100, "Анна Админова", AuditArea.Quotas, " ", "1", "2"));
    }

    [Fact]
    public void A_value_that_did_not_change_makes_no_entry()
    {
        Assert.Null(AuditEntry.Change(Monday, 100, "Анна Админова", AuditArea.StyleSettings, "Проверка «Пустые слова»", "включена", "включена"));
        var changed = AuditEntry.Change(Monday, 100, "Анна Админова", AuditArea.StyleSettings, "Проверка «Пустые слова»", "включена", "выключена");
        Assert.Equal("выключена", changed!.After);
    }

    [Fact]
    public void A_long_value_is_cut_to_stay_readable()
    {
        var entry = AuditEntry.Of(Monday, 100, "Анна Админова", AuditArea.ConsentQuestions, "Вопрос 1", "", new string('я', 2000));

        Assert.Equal(AuditEntry.MaxValueLength, entry.After.Length);
        Assert.EndsWith("…", entry.After);
        Assert.Equal("", entry.Before);
    }
}
