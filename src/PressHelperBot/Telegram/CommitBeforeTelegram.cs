using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Telegram;

// Nothing reaches Telegram before what caused it is durable: a request made inside a unit of work with
// uncommitted writes commits them first. A handler that answers and then fails, or a process killed
// right after an answer, can then never leave a person told something the database does not hold.
internal sealed class CommitBeforeTelegram : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UnitOfWork.Current?.Commit();
        return base.SendAsync(request, cancellationToken);
    }
}
