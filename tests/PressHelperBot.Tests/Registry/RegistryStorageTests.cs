using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Registry;

public sealed class RegistryStorageTests
{
    private static readonly OrgCalendar Moscow = OrgCalendar.ForZone("Europe/Moscow");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 30, 15, TimeSpan.Zero);

    private static Account AnAccount() => Account.Register(3, SocialNetwork.Telegram, null, "t.me/school2", "Школа <№2> & Co",
        new DateOnly(2026, 11, 20), ResponsiblePerson.Create("Иванова А. П.", "специалист", "@ivanova"), 1001, Now, Moscow);

    [Fact]
    public void An_account_with_its_events_and_checklist_comes_back_from_the_file_as_stored()
    {
        using var temp = new TempDatabase();
        int id;
        using (var db = temp.Open())
        {
            var account = AnAccount();
            new AccountRepository(db).Add(account);
            account.MarkDeleted(new DateOnly(2026, 11, 22), 1002, Now, Moscow);
            account.UpdateChecklist(SecurityChecklist.Empty.Toggle(SecurityItem.Gospubliki));
            new AccountRepository(db).Save(account);
            id = account.Id;
        }

        using var reopened = temp.Open();
        var back = new AccountRepository(reopened).Find(id)!;

        Assert.Equal("Школа <№2> & Co", back.Name);
        Assert.Equal("https://t.me/school2", back.Link);
        Assert.Equal(new DateOnly(2026, 11, 20), back.CreatedOn);
        Assert.Equal(new DateOnly(2026, 11, 22), back.DeletedOn);
        Assert.Equal("@ivanova", back.Responsible.Contact);
        Assert.True(back.Checklist.Gospubliki);
        Assert.Equal([AccountEventKind.Created, AccountEventKind.Deleted], back.Events.Select(e => e.Kind));
        Assert.Equal(Now, back.Events[1].ReportedAt);
        Assert.Empty(new AccountRepository(reopened).ActiveIn(3));
    }

    [Fact]
    public void Of_two_closings_of_one_task_only_the_first_is_stored()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var tasks = new RegistryTaskRepository(db);
        var account = AnAccount();
        var task = RegistryTask.Open(1, 3, account.Events[0], DeadlineMode.CalendarDays, Now, Moscow);
        tasks.Add(task);
        var first = tasks.Find(task.Id)!;
        var second = tasks.Find(task.Id)!;

        first.Close(501, Now.AddHours(1));
        second.Close(502, Now.AddHours(2));

        Assert.True(tasks.TryClose(first));
        Assert.False(tasks.TryClose(second));
        var stored = tasks.Find(task.Id)!;
        Assert.Equal(501, stored.ClosedById);
        Assert.Equal(Now.AddHours(1), stored.ClosedAt);
        Assert.Equal(new DateOnly(2026, 11, 30), stored.DueDate);
        Assert.Empty(tasks.Open());
    }

    [Fact]
    public void Sent_reminder_keys_are_kept_per_task()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var tasks = new RegistryTaskRepository(db);

        tasks.MarkSent(1, "registry:1:duetoday:2026-11-30:coordinators", Now);
        tasks.MarkSent(1, "registry:1:duetoday:2026-11-30:coordinators", Now);
        tasks.MarkSent(2, "registry:2:duetoday:2026-11-30:coordinators", Now);

        Assert.Equal(["registry:1:duetoday:2026-11-30:coordinators"], tasks.SentKeys(1));
    }

    [Fact]
    public void A_checklist_toggle_or_a_late_responsible_change_never_undoes_a_deletion()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var accounts = new AccountRepository(db);
        var account = AnAccount();
        accounts.Add(account);
        var staleCopy = accounts.Find(account.Id)!;
        var deleting = accounts.Find(account.Id)!;
        deleting.MarkDeleted(new DateOnly(2026, 11, 22), 1002, Now, Moscow);
        Assert.True(accounts.TrySaveWhileActive(deleting));

        accounts.SaveChecklist(staleCopy.Id, staleCopy.Checklist.Toggle(SecurityItem.TwoFactor));
        staleCopy.ChangeResponsible(ResponsiblePerson.Create("Петров Пётр", "методист", "@petrov_p"), 1003, Now, Moscow);

        Assert.False(accounts.TrySaveWhileActive(staleCopy));
        var stored = accounts.Find(account.Id)!;
        Assert.Equal(new DateOnly(2026, 11, 22), stored.DeletedOn);
        Assert.True(stored.Checklist.TwoFactor);
        Assert.Equal("Иванова А. П.", stored.Responsible.Name);
    }

    [Fact]
    public void Requisites_access_exemptions_cur_requests_and_gospubliki_items_come_back_as_stored()
    {
        using var temp = new TempDatabase();
        int accountId, departmentId, requestId, itemId;
        using (var db = temp.Open())
        {
            var organisation = Domain.Departments.Department.Create("Библиотека", Domain.Departments.DepartmentKind.SubordinateOrganisation, null, Now);
            new DepartmentRepository(db).Add(organisation);
            organisation.Exempt("Постановление № 98", new DateOnly(2022, 11, 24), 501, Now, new DateOnly(2026, 11, 23));
            new DepartmentRepository(db).Save(organisation);
            departmentId = organisation.Id;

            var account = AnAccount();
            account.UpdateRequisites(PageRequisites.Empty.Toggle(PageRequisite.Address));
            account.UpdateChecklist(account.Checklist.Toggle(SecurityItem.Gospubliki));
            account.RecordLoginHolder(LoginHolder.Person(1001, "Иван Петров"));
            account.RecordBinding(AccountBinding.Of(BindingKind.Email, "общая почта школы"));
            account.RecordAccessChanged(new DateOnly(2026, 11, 21), Now, Moscow);
            new AccountRepository(db).Add(account);
            accountId = account.Id;

            var request = CurRequest.Record("Сведения", new DateOnly(2026, 11, 30), 501, Now, Moscow);
            var requests = new CurRequestRepository(db);
            requests.Add(request);
            request.MarkAnswered("otvet.xlsx", 501, Now);
            requests.Save(request);
            requests.SaveAnswer(new CurAnswer { RequestId = request.Id, FileName = "otvet.xlsx", Content = [1, 2, 3], MadeAt = Now });
            requestId = request.Id;

            var item = GospublikiItem.Record(account, "Памятка", new DateOnly(2026, 11, 23), 501, Now, Moscow);
            new GospublikiRepository(db).Add(item);
            itemId = item.Id;
        }

        using var reopened = temp.Open();
        var back = new AccountRepository(reopened).Find(accountId)!;
        Assert.Equal(PageRequisites.Empty.Toggle(PageRequisite.Address), back.Requisites);
        Assert.Equal(new AccountAccess(new LoginHolder(LoginHolderKind.Person, 1001, "Иван Петров"), new AccountBinding(BindingKind.Email, "общая почта школы"), new DateOnly(2026, 11, 21)), back.Access);
        Assert.Equal(new Domain.Departments.DepartmentExemption("Постановление № 98", new DateOnly(2022, 11, 24), 501, Now), new DepartmentRepository(reopened).Find(departmentId)!.Exemption);
        var answered = new CurRequestRepository(reopened).Find(requestId)!;
        Assert.Equal(("otvet.xlsx", false, Now), (answered.AnswerFileName, answered.IsOpen, answered.AnsweredAt!.Value));
        Assert.Equal([1, 2, 3], new CurRequestRepository(reopened).Answer(requestId)!.Content);
        var item2 = new GospublikiRepository(reopened).Find(itemId)!;
        Assert.Equal((new DateOnly(2026, 11, 25), "Памятка"), (item2.ConfirmBy, item2.What));
        Assert.Single(new GospublikiRepository(reopened).Unconfirmed());
    }

    [Fact]
    public void Documents_written_before_requisites_access_and_task_kinds_read_with_nothing_ticked_and_as_entry_tasks()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var account = AnAccount();
        var accounts = new AccountRepository(db);
        accounts.Add(account);
        var tasks = new RegistryTaskRepository(db);
        var task = RegistryTask.Open(account.Id, 3, account.Events[0], DeadlineMode.CalendarDays, Now, Moscow);
        tasks.Add(task);
        var raw = db.Database.GetCollection("registry_accounts");
        var old = raw.FindById(account.Id);
        old.Remove("Requisites");
        old.Remove("Access");
        old["Checklist"] = new LiteDB.BsonDocument { ["TwoFactor"] = true, ["MarkedOfficial"] = false, ["Gospubliki"] = false, ["DesignDone"] = true };
        raw.Update(old);
        var rawTasks = db.Database.GetCollection("registry_tasks");
        var oldTask = rawTasks.FindById(task.Id);
        oldTask.Remove("Kind");
        rawTasks.Update(oldTask);

        var back = accounts.Find(account.Id)!;

        Assert.Equal(PageRequisites.Empty, back.Requisites);
        Assert.Equal(AccountAccess.Unknown, back.Access);
        Assert.Equal(new SecurityChecklist(true, false, false), back.Checklist);
        Assert.Equal(RegistryTaskKind.Entry, tasks.Find(task.Id)!.Kind);
    }
}
