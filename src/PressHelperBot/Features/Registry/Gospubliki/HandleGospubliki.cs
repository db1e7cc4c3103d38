using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Recording an item sent through «Госпаблики» (the organisation's staff are told, with a button to
// confirm) and confirming it with a link (the coordinators are told); each with its audit entry, all
// before any answer; a confirmation also counts the post as the account's publication. Free of
// Telegram: returns the item, or why not.
internal sealed class HandleGospubliki(
    GospublikiRepository items,
    AccountRepository accounts,
    GospublikiPublications published,
    RegistryNotices notices,
    RegistryAudit audit,
    IOutbox outbox,
    OrgCalendar calendar)
{
    public (GospublikiItem? Item, string? Problem) Record(int accountId, string what, DateOnly sentOn, long actorId, string actorName, DateTimeOffset now)
    {
        if (accounts.Find(accountId) is not { } account)
        {
            return (null, GospublikiTexts.Gone);
        }
        GospublikiItem item;
        try
        {
            item = GospublikiItem.Record(account, what, sentOn, actorId, now, calendar);
        }
        catch (DomainException e)
        {
            return (null, e.Message);
        }
        items.Add(item);
        audit.Record(actorId, actorName, now, RegistryAudit.Subject(account, $"«Госпаблики», материал №{item.Id}"), "—",
            $"направлен {RegistryTexts.Date(sentOn)}: {item.What}");
        var text = GospublikiTexts.Sent(item, account);
        var buttons = Buttons.Column(ButtonCodec.Button(GospublikiTexts.ConfirmButton, new ConfirmGospublikiButton(item.Id)));
        foreach (var chat in Organisation(account.DepartmentId))
        {
            outbox.Send(new OutgoingMessage($"gospubliki:{item.Id}:sent:{chat}", chat, text) { Buttons = buttons });
        }
        return (item, null);
    }

    // The link must be a post of the item's account; the item is then confirmed and the post counted as
    // the account's publication (once: a post reported earlier is not counted again). Problem is HTML.
    public (GospublikiItem? Item, Publication? Publication, string? Problem) Confirm(int itemId, string link, long actorId, string actorName, DateTimeOffset now)
    {
        if (items.FindForUpdate(itemId) is not { } item || accounts.Find(item.AccountId) is not { } account)
        {
            return (null, null, Html.Text(GospublikiTexts.Gone));
        }
        var (post, problem) = published.Check(item, account, link, now);
        if (post is null)
        {
            return (null, null, problem);
        }
        try
        {
            item.Confirm(account, post.Link, actorId, now);
        }
        catch (DomainException e)
        {
            return (null, null, Html.Text(e.Message));
        }
        var publication = published.Count(item, account, post, actorId, now);
        items.Save(item);
        audit.Record(actorId, actorName, now, RegistryAudit.Subject(account, $"«Госпаблики», материал №{item.Id}"), "не подтверждён",
            $"размещён: {item.Link}");
        var text = GospublikiTexts.Confirmed(item, account, actorName);
        foreach (var chat in notices.CoordinatorChats().Where(chat => chat != actorId))
        {
            outbox.Send(new OutgoingMessage($"gospubliki:{item.Id}:confirmed:{chat}", chat, text));
        }
        return (item, publication, null);
    }

    // The staff of the organisation, or the coordinators when it has nobody in the bot.
    public IReadOnlyList<long> Organisation(int departmentId)
    {
        var staff = notices.StaffOf(departmentId);
        return staff.Count > 0 ? staff : notices.CoordinatorChats();
    }
}
