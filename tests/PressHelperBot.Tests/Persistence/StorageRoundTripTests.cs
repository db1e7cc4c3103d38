using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

public sealed class StorageRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 30, 15, TimeSpan.Zero);

    [Fact]
    public void A_person_comes_back_from_the_file_as_stored_with_times_in_utc()
    {
        using var temp = new TempDatabase();
        using (var db = temp.Open())
        {
            var person = Person.Register(1001, "Иван <b>& Co</b>", Role.Staff, [3, 5], Now);
            person.Block();
            new PeopleRepository(db).Save(person);
        }

        using var reopened = temp.Open();
        var back = new PeopleRepository(reopened).Find(1001)!;

        Assert.Equal("Иван <b>& Co</b>", back.Name);
        Assert.Equal([3, 5], back.DepartmentIds);
        Assert.True(back.IsBlocked);
        Assert.Equal(Now, back.RegisteredAt);
        Assert.Equal(TimeSpan.Zero, back.RegisteredAt.Offset);
    }

    [Fact]
    public void Departments_get_their_own_increasing_ids()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var departments = new DepartmentRepository(db);
        var culture = Department.Create("Отдел культуры", DepartmentKind.AdministrationDepartment, null, Now);
        var school = Department.Create("Школа № 1", DepartmentKind.SubordinateOrganisation, null, Now);

        departments.Add(culture);
        departments.Add(school);

        Assert.True(school.Id > culture.Id);
        Assert.Equal(DepartmentKind.SubordinateOrganisation, departments.Find(school.Id)!.Kind);
        Assert.True(departments.NameTaken("отдел КУЛЬТУРЫ"));
        Assert.False(departments.NameTaken("Отдел культуры", exceptId: culture.Id));
    }

    [Fact]
    public void A_conversation_survives_reopening_the_database_at_the_same_step()
    {
        using var temp = new TempDatabase();
        var clock = TimeProvider.System;
        using (var db = temp.Open())
        {
            var store = new ConversationStore(db, clock);
            var state = store.Begin(1001, "join", "name");
            state.Values["name"] = "Иван";
            store.MoveTo(state, "department");
        }

        using var reopened = temp.Open();
        var back = new ConversationStore(reopened, clock).Find(1001)!;

        Assert.True(back.Is("join", "department"));
        Assert.Equal("Иван", back.Value("name"));
    }

    [Fact]
    public void The_database_folder_is_created_on_first_start()
    {
        using var temp = new TempDatabase();

        using var db = temp.Open();

        Assert.True(File.Exists(temp.FilePath));
    }
}
