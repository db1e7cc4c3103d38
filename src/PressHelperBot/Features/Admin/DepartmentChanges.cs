using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Persistence.Units;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Admin;

// Department is null when the change was refused; Problem then says why (HTML, for the admin).
internal sealed record DepartmentChange(Domain.Departments.Department? Department, string? Problem);

// Creating, renaming, re-quotaing and deleting a department, each as one change with its audit
// entries, under the writer's gate (two admins typing the same new name at once get one department).
// Free of Telegram: the handlers answer after.
internal sealed class DepartmentChanges(DepartmentRepository departments, PeopleRepository people, AuditLog audit)
{
    public DepartmentChange Create(string name, DepartmentKind kind, int? quota, Actor actor, DateTimeOffset now)
    {
        UnitOfWork.Current?.BeginWrite();
        if (departments.NameTaken(name))
        {
            return new DepartmentChange(null, AdminTexts.NameTaken);
        }

        var department = Department.Create(name, kind, quota, now);
        departments.Add(department);
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Departments, department.Name, AdminTexts.Nothing, AdminTexts.CreatedWord(kind)));
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Quotas, AdminTexts.QuotaSubject(department), AdminTexts.Nothing, AdminTexts.QuotaWords(department.WeeklyQuota)));
        return new DepartmentChange(department, null);
    }

    public DepartmentChange Rename(int departmentId, string name, Actor actor, DateTimeOffset now)
    {
        var department = departments.FindForUpdate(departmentId);
        if (department is null)
        {
            return new DepartmentChange(null, null);
        }

        if (name == department.Name || departments.NameTaken(name, department.Id))
        {
            return new DepartmentChange(null, AdminTexts.NameTaken);
        }

        var before = department.Name;
        department.Rename(name);
        departments.Save(department);
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Departments, $"{before}: название", before, department.Name));
        return new DepartmentChange(department, null);
    }

    public DepartmentChange ChangeQuota(int departmentId, int quota, Actor actor, DateTimeOffset now)
    {
        var department = departments.FindForUpdate(departmentId);
        if (department is null)
        {
            return new DepartmentChange(null, null);
        }

        if (department.WeeklyQuota == quota)
        {
            return new DepartmentChange(department, null);
        }

        var before = department.WeeklyQuota;
        department.ChangeQuota(quota);
        departments.Save(department);
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Quotas, AdminTexts.QuotaSubject(department), AdminTexts.QuotaWords(before), AdminTexts.QuotaWords(quota)));
        return new DepartmentChange(department, null);
    }

    // Its people stay in the bot; they only stop belonging to it.
    public DepartmentChange Delete(int departmentId, Actor actor, DateTimeOffset now)
    {
        var department = departments.FindForUpdate(departmentId) ?? throw new StaleButtonException();
        var members = people.InDepartment(department.Id);
        foreach (var member in members)
        {
            member.LeaveDepartment(department.Id);
            people.Save(member);
        }

        departments.Delete(department.Id);
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Departments, department.Name,
            AdminTexts.DeletedBefore(department, members.Count), AdminTexts.DeletedWord));
        return new DepartmentChange(department, null);
    }
}
