using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Tests.Onboarding;

public sealed class JoinRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static JoinRequest Open() => JoinRequest.Open(1001, "Иван Петров", 3, Now);

    [Fact]
    public void A_new_request_is_pending()
    {
        var request = Open();

        Assert.True(request.IsPending);
        Assert.Equal("Иван Петров", request.Name);
        Assert.Null(request.DecidedBy);
    }

    [Fact]
    public void An_approval_records_who_decided_and_when()
    {
        var request = Open();

        request.Approve(7, "Мария", Now.AddHours(1));

        Assert.Equal(JoinRequestStatus.Approved, request.Status);
        Assert.Equal(7, request.DecidedBy);
        Assert.Equal("Мария", request.DecidedByName);
        Assert.Equal(Now.AddHours(1), request.DecidedAt);
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_again()
    {
        var request = Open();
        request.Decline(7, "Мария", Now);

        Assert.Throws<DomainRuleException>(() => request.Approve(8, "Олег", Now));
        Assert.Equal(JoinRequestStatus.Declined, request.Status);
        Assert.Equal("Мария", request.DecidedByName);
    }

    [Fact]
    public void Nobody_decides_their_own_request()
    {
        Assert.Throws<DomainRuleException>(() => Open().Approve(1001, "Иван", Now));
    }
}
