using FakeTelegram;

namespace PressHelperBot.Tests.Durability;

// What the patient people of the kill test did and saw: where each of them is in the flow (for the
// record of each kill), which submissions they saw confirmed, and every retry, start-over and press.
internal sealed class FlowJournal
{
    // PRESSHELPER_KILL_TRACE=<file> follows a run live: every step and kill, with the time.
    private static readonly string? TraceFile = Environment.GetEnvironmentVariable("PRESSHELPER_KILL_TRACE") is { Length: > 0 } file ? file : null;
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    private readonly List<string> events = [];
    private readonly Dictionary<int, (int Flow, string How)> confirmed = [];
    private readonly List<(int Flow, string Step, long UpdateId)> presses = [];
    private volatile string author = "not started";
    private volatile string coordinator = "not started";

    public string Author
    {
        set
        {
            author = value;
            Trace("author: " + value);
        }
    }

    public string Coordinator
    {
        set
        {
            coordinator = value;
            Trace("coordinator: " + value);
        }
    }

    public string Where => $"author: {author} | coordinator: {coordinator}";

    public int Retries { get; private set; }

    public int StartOvers { get; private set; }

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (events)
            {
                return events.ToList();
            }
        }
    }

    // Submission id → the flow it belongs to, for every submission someone saw confirmed: the author
    // read «отправлена координатору» or a card reached the coordinator.
    public IReadOnlyDictionary<int, (int Flow, string How)> Confirmed
    {
        get
        {
            lock (events)
            {
                return new Dictionary<int, (int, string)>(confirmed);
            }
        }
    }

    public void Confirm(int flow, int submissionId, string how)
    {
        Trace($"flow {flow}: №{submissionId} confirmed by {how}");
        lock (events)
        {
            if (confirmed.TryGetValue(submissionId, out var known) && known.Flow != flow)
            {
                events.Add($"flow {flow}: submission №{submissionId} was confirmed for flow {known.Flow} already");
                return;
            }

            confirmed.TryAdd(submissionId, (flow, how));
        }
    }

    public bool IsTaken(int submissionId, int flow)
    {
        lock (events)
        {
            return confirmed.TryGetValue(submissionId, out var known) && known.Flow != flow;
        }
    }

    public void Retried(string step)
    {
        lock (events)
        {
            Retries++;
            events.Add($"retried {step}");
            Trace($"retried {step}");
        }
    }

    public void StartedOver(int flow, string why)
    {
        lock (events)
        {
            StartOvers++;
            events.Add($"flow {flow}: /cancel and started over ({why})");
            Trace($"flow {flow}: /cancel and started over ({why})");
        }
    }

    public void Pressed(int flow, string step, long updateId)
    {
        lock (events)
        {
            presses.Add((flow, step, updateId));
        }
    }

    // Presses the bot answered with «Кнопка устарела», with where they were made.
    public IReadOnlyList<string> StaleAnswers(FakeTelegramServer server)
    {
        lock (events)
        {
            return presses
                .Select(p => (p.Flow, p.Step, Answer: server.CallbackAnswer(p.UpdateId.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text))
                .Where(p => p.Answer?.Contains("устарела", StringComparison.Ordinal) == true)
                .Select(p => $"flow {p.Flow}, {p.Step}: «{p.Answer}»")
                .ToList();
        }
    }

    public static void Trace(string line)
    {
        if (TraceFile is not null)
        {
            lock (Clock)
            {
                File.AppendAllText(TraceFile, $"{Clock.Elapsed.TotalSeconds,7:0.00} {line}\n");
            }
        }
    }
}
