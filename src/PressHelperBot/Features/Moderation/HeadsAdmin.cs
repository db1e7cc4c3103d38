using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Moderation;

// «👑 Кто решает о блокировке» (admins): which observers are the head (or a deputy) who decide on
// blocks; while none is marked, the admins decide. Each change goes into the audit log.
internal sealed class HeadsAdmin(PeopleRepository people, Heads heads, AuditLog audit, IChatNotifier notifier)
    : IButtonHandler<HeadsButton>, IButtonHandler<ToggleHeadButton>
{
    public Audience Audience => Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, HeadsButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, Text(), Keyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ToggleHeadButton button, CancellationToken ct)
    {
        var person = people.Find(button.PersonId);
        if (person is not { Role: Role.Observer })
        {
            throw new StaleButtonException();
        }

        var before = person.IsHead;
        if (before)
        {
            person.UnmarkAsHead();
        }
        else
        {
            person.MarkAsHead();
        }

        people.Save(person);
        audit.Append(AuditEntry.Of(context.Now, context.UserId, context.DisplayName, AuditArea.Roles, $"{person.Name}: решает о блокировке",
            before ? "да" : "нет", before ? "нет" : "да"));
        await notifier.ReplaceAsync(context, Text(), Keyboard(), ct);
        return before ? "Больше не решает о блокировке" : "Теперь решает о блокировке";
    }

    private string Text()
    {
        var current = heads.Current();
        var who = heads.AnyMarked()
            ? "Сейчас решают: " + string.Join(", ", current.Select(p => Html.Text(p.Name))) + "."
            : "Руководитель не отмечен — пока решают администраторы.";
        return "👑 <b>Кто решает о блокировке пользователей</b>\nПо правилам блокирует глава или заместитель главы. " +
            "Отметьте их среди руководителей (роль «руководитель» даётся в /people).\n\n" + who;
    }

    private InlineKeyboardMarkup Keyboard()
    {
        var observers = people.All().Where(p => p.Role == Role.Observer && !p.IsBlocked).Take(90);
        return Telegram.Buttons.Column(observers
            .Select(p => ButtonCodec.Button($"{(p.IsHead ? "✅" : "▫️")} {p.Name}", new ToggleHeadButton(p.Id)))
            .Append(ButtonCodec.Button(ModerationTexts.BackButton, new ModerationMenuButton())));
    }
}
