using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// /start <code>: the person opened an invite link.
internal sealed class InviteRedemption(
    InviteRepository invites,
    DepartmentRepository departments,
    PeopleRepository people,
    Registration registration,
    MainMenu menu,
    IChatNotifier notifier)
{
    public async Task RedeemAsync(BotContext context, string code, CancellationToken ct)
    {
        var invite = InviteCode.LooksValid(code) ? invites.Find(code) : null;
        if (invite is null)
        {
            await RefuseAsync(context, OnboardingTexts.InviteUnknown, ct);
            return;
        }

        var department = departments.Find(invite.DepartmentId);
        if (department is null)
        {
            await RefuseAsync(context, OnboardingTexts.DepartmentGone, ct);
            return;
        }

        if (context.Person is { Role: not Role.Staff })
        {
            await notifier.SendAsync(context.ChatId, OnboardingTexts.AlreadyRegistered, ct: ct);
            return;
        }

        if (context.Person is { } staff && staff.BelongsTo(department.Id))
        {
            await notifier.SendAsync(context.ChatId, OnboardingTexts.AlreadyInDepartment(department), ct: ct);
            return;
        }

        if (TryUse(invite, context.Now) is { } problem)
        {
            await RefuseAsync(context, OnboardingTexts.InviteProblemText(problem), ct);
            return;
        }

        var name = PersonName.Check(context.TelegramName) == NameProblem.None ? context.TelegramName : $"Сотрудник {context.UserId}";
        var isNew = registration.AddToDepartment(context.UserId, name, department);
        var person = people.Find(context.UserId)!;
        var heading = isNew ? OnboardingTexts.Registered(person.Name, department) : OnboardingTexts.AddedToDepartment(department);
        await menu.ShowAsync(context.ChatId, person, ct, heading);
    }

    // Another person may take the last place at the same moment; the stored use count decides.
    private InviteProblem? TryUse(Invite invite, DateTimeOffset now)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var problem = invite.Check(now);
            if (problem != InviteProblem.None)
            {
                return problem;
            }

            invite.Use(now);
            if (invites.TrySaveUse(invite))
            {
                return null;
            }

            invite = invites.Find(invite.Code)!;
        }

        return InviteProblem.UsedUp;
    }

    private Task RefuseAsync(BotContext context, string text, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, text, context.Person is null ? GuestWelcome.AskToJoinKeyboard() : null, ct);
}
