using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Telegram;

// Nothing reaches Telegram before what caused it is durable: a request made inside a unit of work with
// uncommitted writes commits them first (with the update's handled mark). A handler that answers and then
// fails, or a process killed right after an answer, can then never leave a person told something the
// database does not hold.
// An update that wrote nothing is marked handled only at its end, on purpose: if the process dies while
// its request is under way (deleting a message with a password, say), the update is handled again after
// the restart and the request is made again. The price is that a read-only answer may come twice.
internal sealed class CommitBeforeTelegram : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UnitOfWork.Current?.Commit();
        return base.SendAsync(request, cancellationToken);
    }
}
