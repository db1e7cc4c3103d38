using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Telegram;

// Nothing reaches Telegram before what caused it is durable: a request made inside a unit of work commits
// what the unit wrote first, and the update's handled mark with it, also when the handler wrote nothing.
// A handler that answers and then fails, or a process killed right after an answer, can then never leave
// a person told something the database does not hold, nor answered twice after a restart.
internal sealed class CommitBeforeTelegram : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UnitOfWork.Current?.Complete();
        return base.SendAsync(request, cancellationToken);
    }
}
