using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Persistence.Units;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// What a press on a join request's card did: Answer for the one who pressed, the cards to edit
// directly afterwards, and the applicant when they were registered (their command menu follows).
internal sealed record JoinDecisionResult(string Answer, DirectCardEdits Cards, Domain.People.Person? Registered);

// The changes of join requests, each written whole before anyone is answered: a new request with its
// cards for the coordinators; a decision with the applicant's registration, the audit entry, every
// card's outcome and the applicant's notice; a fresh set of cards for «📋 Заявки». Free of Telegram.
internal sealed class JoinRequestChanges(
    JoinRequestRepository requests,
    DepartmentRepository departments,
    PeopleRepository people,
    ConversationStore conversations,
    Registration registration,
    JoinRequestCards cards,
    MainMenu menu,
    IOutbox outbox)
{
    // Null when the person registered or asked already meanwhile (a second device, an old button).
    public JoinRequest? Submit(long userId, string name, int departmentId, string? telegramUsername, DateTimeOffset now)
    {
        UnitOfWork.Current?.BeginWrite();
        var department = departments.Find(departmentId) ?? throw new StaleButtonException();
        conversations.End(userId);
        if (people.Find(userId) is not null || requests.PendingOf(userId) is not null)
        {
            return null;
        }

        var request = JoinRequest.Open(userId, name, department.Id, now);
        requests.Add(request);
        cards.SendToCoordinators(request, telegramUsername);
        return request;
    }

    // Two coordinators may press at once: the writer's gate serves them one after the other, and the
    // second is told who decided.
    public JoinDecisionResult Decide(int requestId, bool approve, Actor actor, DateTimeOffset now, (long ChatId, int MessageId)? pressed)
    {
        UnitOfWork.Current?.BeginWrite();
        var request = requests.Find(requestId) ?? throw new StaleButtonException();
        if (!request.IsPending)
        {
            return new JoinDecisionResult(OnboardingTexts.AlreadyDecided(request), cards.CloseAll(request, pressed), null);
        }

        var department = departments.Find(request.DepartmentId);
        if (approve && department is null)
        {
            throw new StaleButtonException();
        }

        if (approve)
        {
            request.Approve(actor.Id, actor.Name, now);
        }
        else
        {
            request.Decline(actor.Id, actor.Name, now);
        }

        if (!requests.TrySaveDecision(request))
        {
            var winner = requests.Find(request.Id)!;
            return new JoinDecisionResult(OnboardingTexts.AlreadyDecided(winner), cards.CloseAll(winner, pressed), null);
        }

        var edits = cards.CloseAll(request, pressed);
        var key = $"join:{request.Id}:applicant";
        if (!approve)
        {
            outbox.Send(new OutgoingMessage(key, request.UserId, OnboardingTexts.Declined));
            return new JoinDecisionResult("Заявка отклонена", edits, null);
        }

        registration.AddToDepartment(request.UserId, request.Name, department!, actor, now);
        var applicant = people.Find(request.UserId)!;
        var (text, keyboard) = menu.Render(applicant, OnboardingTexts.Approved(department!));
        outbox.Send(new OutgoingMessage(key, request.UserId, text) { Buttons = keyboard });
        return new JoinDecisionResult("Заявка одобрена", edits, applicant);
    }

    // Fresh cards of the pending requests (at most 20) for one coordinator; the count of pending ones.
    public int SendPendingCards(long chatId)
    {
        UnitOfWork.Current?.BeginWrite();
        var pending = requests.Pending();
        foreach (var request in pending.Take(20))
        {
            cards.SendCopy(chatId, request);
        }

        return pending.Count;
    }
}
