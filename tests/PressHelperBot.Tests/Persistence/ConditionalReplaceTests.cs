using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

public sealed class ConditionalReplaceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Of_many_coordinators_deciding_one_request_at_once_exactly_one_decision_is_stored()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var requests = new JoinRequestRepository(db);
        var request = JoinRequest.Open(1001, "Иван", 1, Now);
        requests.Add(request);

        var start = new Barrier(8);
        var wins = await Task.WhenAll(Enumerable.Range(1, 8).Select(coordinator => Task.Run(() =>
        {
            var mine = requests.Find(request.Id)!;
            mine.Approve(coordinator, $"Координатор {coordinator}", Now);
            start.SignalAndWait();
            return requests.TrySaveDecision(mine) ? coordinator : 0;
        })));

        var winner = Assert.Single(wins, w => w != 0);
        var stored = requests.Find(request.Id)!;
        Assert.Equal(winner, stored.DecidedBy);
        Assert.Equal($"Координатор {winner}", stored.DecidedByName);
    }

    [Fact]
    public void A_decision_written_over_a_decided_request_is_refused_and_the_first_stays()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var requests = new JoinRequestRepository(db);
        var request = JoinRequest.Open(1001, "Иван", 1, Now);
        requests.Add(request);
        var late = requests.Find(request.Id)!;

        request.Decline(7, "Мария", Now);
        late.Approve(8, "Олег", Now);

        Assert.True(requests.TrySaveDecision(request));
        Assert.False(requests.TrySaveDecision(late));
        Assert.Equal(JoinRequestStatus.Declined, requests.Find(request.Id)!.Status);
    }

    [Fact]
    public void The_last_place_of_an_invite_goes_to_one_person()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var invites = new InviteRepository(db);
        invites.Add(Invite.Issue("code123", 1, 7, 1, TimeSpan.FromDays(7), Now));
        var first = invites.Find("code123")!;
        var second = invites.Find("code123")!;

        first.Use(Now);
        second.Use(Now);

        Assert.True(invites.TrySaveUse(first));
        Assert.False(invites.TrySaveUse(second));
        Assert.Equal(1, invites.Find("code123")!.Uses);
    }
}
