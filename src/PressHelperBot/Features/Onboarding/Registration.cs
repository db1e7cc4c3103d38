using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Onboarding;

// Makes a person staff of a department, whether they come by invite or by an approved request.
internal sealed class Registration(PeopleRepository people, TimeProvider time)
{
    // True when a new person was registered; false when an existing one joined one more department.
    public bool AddToDepartment(long telegramId, string name, Department department)
    {
        var person = people.Find(telegramId);
        if (person is null)
        {
            person = Person.Register(telegramId, name, Role.Staff, [department.Id], time.GetUtcNow());
            if (people.TryAdd(person))
            {
                return true;
            }

            person = people.Find(telegramId)!;
        }

        if (!person.BelongsTo(department.Id))
        {
            person.JoinDepartment(department.Id);
            people.Save(person);
        }

        return false;
    }
}
