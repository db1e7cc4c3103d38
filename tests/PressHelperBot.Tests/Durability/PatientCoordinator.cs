using FakeTelegram;

namespace PressHelperBot.Tests.Durability;

// A coordinator who puts each news into the plan as a patient person does while the bot keeps
// crashing: waits for the card, presses «✅ В план» and a day, and presses again only when nothing
// happened (Patience) and the card is still open.
internal sealed class PatientCoordinator(FakeTelegramServer server, FakeUser coordinator, Patience patience, FlowJournal journal)
{
    private static readonly TimeSpan StepPatience = TimeSpan.FromSeconds(6);

    // The card comes after the author's whole flow, retries and restarts included.
    private static readonly TimeSpan CardPatience = TimeSpan.FromSeconds(180);

    private const int Attempts = 8;

    public async Task<int> ApproveAsync(int flow, string text)
    {
        journal.Coordinator = $"flow {flow}: waiting for the card";
        var card = await KillChats.PollAsync(() => KillChats.CardFor(coordinator, text), CardPatience)
            ?? throw new TimeoutException($"Flow {flow}: no card arrived for «{text}».\n{coordinator.Chat.Transcript()}");
        var id = KillChats.NumberOf(card);
        journal.Confirm(flow, id, "a card");

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (KillChats.IsClosed(coordinator, id))
            {
                return id;
            }

            journal.Coordinator = $"flow {flow}: «✅ В план»";
            var open = KillChats.CardsOf(coordinator, id).LastOrDefault(m => m.AllButtons.Any(b => b.Text == "✅ В план"));
            if (open is null)
            {
                // Decided, and the card is being closed: wait for it.
                await patience.WaitAsync(() => KillChats.IsClosed(coordinator, id), StepPatience);
                continue;
            }

            var watch = new ChatWatch(coordinator);
            journal.Pressed(flow, "«✅ В план»", await coordinator.PressesAsync(open, "✅ В план"));
            var picker = await patience.WaitAsync(
                () => watch.Find(m => m.Text.Contains($"Новость №{id} ", StringComparison.Ordinal) && m.Text.Contains("на какой день", StringComparison.Ordinal) && m.AllButtons.Any()),
                StepPatience);
            if (picker is null)
            {
                journal.Retried($"flow {flow}: «✅ В план»");
                continue;
            }

            journal.Coordinator = $"flow {flow}: a day";
            var press = await coordinator.PressesAsync(picker, picker.AllButtons.First().Text);
            journal.Pressed(flow, "a day", press);
            if (await patience.WaitAsync(() => Decided(press) || KillChats.IsClosed(coordinator, id), StepPatience))
            {
                return id;
            }

            journal.Retried($"flow {flow}: a day");
        }

        throw new TimeoutException($"Flow {flow}: news №{id} could not be put into the plan in {Attempts} attempts.\n{coordinator.Chat.Transcript()}");
    }

    // The press was answered with the decision (or with «Уже решено» after an earlier press).
    private bool Decided(long press) =>
        server.CallbackAnswer(press.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text is { } answer
        && (answer.StartsWith("Готово", StringComparison.Ordinal) || answer.StartsWith("Уже решено", StringComparison.Ordinal));
}
