using FakeTelegram;

namespace PressHelperBot.Tests.Durability;

// A staff member who sends news the way a patient person does while the bot keeps crashing: waits for
// each answer (Patience), repeats a message or a press when nothing happened, and when a step stays dead
// (or a press is answered «Кнопка устарела») leaves with /cancel and begins again. Never creates a
// second submission by their own doing: before pressing «📤 Отправить» again or beginning again, they
// look whether the coordinator's card for this text has arrived.
internal sealed class PatientAuthor(FakeTelegramServer server, FakeUser author, FakeUser coordinator, Patience patience, FlowJournal journal)
{
    private static readonly TimeSpan StepPatience = TimeSpan.FromSeconds(6);

    // After «Отправить» the card goes through the outbox (a job) and may come only after the restart.
    private static readonly TimeSpan SendPatience = TimeSpan.FromSeconds(12);

    private const int Attempts = 6;

    public async Task SubmitAsync(int flow, string text)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (await TryOnceAsync(flow, text))
            {
                return;
            }

            journal.Author = $"flow {flow}: /cancel";
            await AskAsync(() => author.SendsAsync("/cancel"), m => m.Text.Contains("Отменено", StringComparison.Ordinal) || m.Text.Contains("нечего отменять", StringComparison.Ordinal), $"flow {flow}: /cancel");
            if (await patience.WaitAsync(() => KillChats.CardFor(coordinator, text), SendPatience) is { } card)
            {
                journal.Confirm(flow, KillChats.NumberOf(card), "a card after /cancel");
                return;
            }

            journal.StartedOver(flow, $"attempt {attempt} met a step without an answer or a stale button");
        }

        throw new TimeoutException($"Flow {flow}: the news could not be sent in {Attempts} attempts.\n{author.Chat.Transcript()}");
    }

    // One pass through the conversation; false when a step stayed without an answer.
    private async Task<bool> TryOnceAsync(int flow, string text)
    {
        journal.Author = $"flow {flow}: /new";
        if (await AskAsync(() => author.SendsAsync("/new"), m => m.Text.Contains("Пришлите текст новости", StringComparison.Ordinal), $"flow {flow}: /new") is null)
        {
            return false;
        }

        journal.Author = $"flow {flow}: text";
        if (await AskAsync(() => author.SendsAsync(text), m => m.Text.Contains("Теперь пришлите фото", StringComparison.Ordinal) || m.Text.Contains("Текст уже сохранён", StringComparison.Ordinal), $"flow {flow}: text") is null)
        {
            return false;
        }

        journal.Author = $"flow {flow}: «Дальше ▶»";
        if (await PressAsync(flow, "Дальше ▶", m => m.Text.Contains("Когда хотели бы опубликовать", StringComparison.Ordinal)) is null)
        {
            return false;
        }

        journal.Author = $"flow {flow}: «Без даты»";
        if (await PressAsync(flow, "Без даты", m => m.AllButtons.Any(b => b.Text == "📤 Отправить")) is not { } preview)
        {
            return false;
        }

        return await SendAsync(flow, text, preview);
    }

    private async Task<bool> SendAsync(int flow, string text, BotMessage preview)
    {
        journal.Author = $"flow {flow}: «📤 Отправить»";
        for (var press = 1; press <= 2; press++)
        {
            if (KillChats.CardFor(coordinator, text) is { } arrived)
            {
                journal.Confirm(flow, KillChats.NumberOf(arrived), "a card");
                return true;
            }

            var watch = new ChatWatch(author);
            journal.Pressed(flow, "«📤 Отправить»", await author.PressesAsync(preview, "📤 Отправить"));
            if (await patience.WaitAsync(() => Confirmation(flow, text, watch), SendPatience) is { } seen)
            {
                journal.Confirm(flow, seen.Id, seen.How);
                return true;
            }

            journal.Retried($"flow {flow}: «📤 Отправить»");
        }

        return false;
    }

    // The coordinator's card for this text, or «отправлена координатору» (the preview becomes it).
    private Seen? Confirmation(int flow, string text, ChatWatch watch)
    {
        if (KillChats.CardFor(coordinator, text) is { } card)
        {
            return new Seen(KillChats.NumberOf(card), "a card");
        }

        return watch.Find(m => m.Text.Contains("отправлена координатору", StringComparison.Ordinal)) is { } sent
            && KillChats.NumberOf(sent) is var id && !journal.IsTaken(id, flow)
            ? new Seen(id, "«отправлена»")
            : null;
    }

    // Presses the button on the newest message that has it, and again when nothing happens.
    private Task<BotMessage?> PressAsync(int flow, string label, Func<BotMessage, bool> expect) =>
        AskAsync(
            async () =>
            {
                var message = author.Chat.Messages.LastOrDefault(m => m.FromBot && m.AllButtons.Any(b => b.Text == label))
                    ?? throw new InvalidOperationException($"Flow {flow}: no «{label}» button.\n{author.Chat.Transcript()}");
                var update = await author.PressesAsync(message, label);
                journal.Pressed(flow, $"«{label}»", update);
                return update;
            },
            expect,
            $"flow {flow}: «{label}»",
            isPress: true);

    // Does `act` and waits for the answer; repeats it twice when none comes. A press answered «Кнопка
    // устарела» is not repeated: the step is gone (its answer was lost in a crash), so the person leaves.
    private async Task<BotMessage?> AskAsync(Func<Task<long>> act, Func<BotMessage, bool> expect, string step, bool isPress = false)
    {
        for (var time = 1; time <= 3; time++)
        {
            var watch = new ChatWatch(author);
            var update = await act();
            var outcome = await patience.WaitAsync(
                () => watch.Find(expect) is { } answer ? new Outcome(answer) : isPress && IsStale(update) ? new Outcome(null) : null,
                StepPatience);
            if (outcome is not null)
            {
                return outcome.Answer;
            }

            journal.Retried(step);
        }

        return null;
    }

    private bool IsStale(long press) =>
        server.CallbackAnswer(press.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text.Contains("устарела", StringComparison.Ordinal) == true;

    private sealed record Outcome(BotMessage? Answer);

    private sealed record Seen(int Id, string How);
}
