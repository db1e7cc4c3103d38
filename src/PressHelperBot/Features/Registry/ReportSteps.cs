using System.Globalization;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// The order of the questions of each report. A step's name is also the key of its answer.
internal static class ReportSteps
{
    public const string Kind = "kind";
    public const string Department = "dep";
    public const string Network = "net";
    public const string OtherNetwork = "othernet";
    public const string Link = "link";
    public const string AccountName = "name";
    public const string Date = "date";
    public const string Account = "acc";
    public const string ResponsibleName = "rname";
    public const string ResponsiblePosition = "rpos";
    public const string ResponsibleContact = "rcontact";

    public static bool ByButton(string step) => step is Department or Network or Account;

    public static string? Next(ConversationState state)
    {
        IEnumerable<string> order = KindOf(state) switch
        {
            ReportKind.Created =>
            [
                Department, Network, .. NetworkOf(state) == SocialNetwork.Other ? new[] { OtherNetwork } : [],
                Link, AccountName, Date, ResponsibleName, ResponsiblePosition, ResponsibleContact,
            ],
            ReportKind.Deleted => [Department, Account, Date],
            _ => [Department, Account, ResponsibleName, ResponsiblePosition, ResponsibleContact],
        };
        return order.FirstOrDefault(step => state.Value(step) is null);
    }

    public static ReportKind KindOf(ConversationState state) => ReportKinds.Parse(state.Value(Kind)) ?? ReportKind.Created;

    public static SocialNetwork NetworkOf(ConversationState state) =>
        Enum.TryParse<SocialNetwork>(state.Value(Network), out var network) ? network : SocialNetwork.Other;

    public static int IntValue(ConversationState state, string key) =>
        int.TryParse(state.Value(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static DateOnly DateValue(ConversationState state) =>
        DateOnly.ParseExact(state.Value(Date)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
