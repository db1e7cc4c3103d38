using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// Approve / Decline on a join request card. Two coordinators may press at once: the stored
// status decides who wins (JoinRequestRepository.TrySaveDecision), the other is told who decided.
internal sealed class JoinDecision(
    JoinRequestRepository requests,
    DepartmentRepository departments,
    PeopleRepository people,
    Registration registration,
    JoinRequestCards cards,
    MainMenu menu,
    IChatNotifier notifier) : ICallbackHandler
{
    public const string Name = "jr";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        if (data.Action == "list")
        {
            await ListAsync(context, ct);
            return null;
        }

        var approve = data.Action switch
        {
            "ok" => true,
            "no" => false,
            _ => throw new StaleButtonException(),
        };
        var request = requests.Find(data.IntArg(0)) ?? throw new StaleButtonException();
        if (!request.IsPending)
        {
            await cards.ShowOutcomeAsync(request, ct, Pressed(context));
            return OnboardingTexts.AlreadyDecided(request);
        }

        if (approve && departments.Find(request.DepartmentId) is null)
        {
            throw new StaleButtonException();
        }

        if (approve)
        {
            request.Approve(context.UserId, context.DisplayName, context.Now);
        }
        else
        {
            request.Decline(context.UserId, context.DisplayName, context.Now);
        }

        if (!requests.TrySaveDecision(request))
        {
            // The winner updates every card, this one included; the loser learns who decided here.
            var winner = requests.Find(request.Id)!;
            await cards.ShowOutcomeAsync(winner, ct, Pressed(context));
            return OnboardingTexts.AlreadyDecided(winner);
        }

        await cards.ShowOutcomeAsync(request, ct, Pressed(context));
        await TellApplicantAsync(request, ct);
        return approve ? "Заявка одобрена" : "Заявка отклонена";
    }

    private static (long, int)? Pressed(BotContext context) =>
        context.CallbackMessageId is { } messageId ? (context.ChatId, messageId) : null;

    private async Task TellApplicantAsync(JoinRequest request, CancellationToken ct)
    {
        var department = departments.Find(request.DepartmentId);
        if (request.Status == JoinRequestStatus.Declined || department is null)
        {
            await notifier.SendAsync(request.UserId, OnboardingTexts.Declined, ct: ct);
            return;
        }

        registration.AddToDepartment(request.UserId, request.Name, department);
        var person = people.Find(request.UserId)!;
        await menu.ShowAsync(request.UserId, person, ct, OnboardingTexts.Approved(department));
    }

    private async Task ListAsync(BotContext context, CancellationToken ct)
    {
        var pending = requests.Pending();
        if (pending.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, OnboardingTexts.NoPending, ct: ct);
            return;
        }

        foreach (var request in pending.Take(20))
        {
            await cards.SendAsync(context.ChatId, request, cards.UsernameOf(request.Id), ct);
        }
    }
}
