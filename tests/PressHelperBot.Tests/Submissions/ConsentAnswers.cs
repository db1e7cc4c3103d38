using FakeTelegram;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

// The consent questions that news with photos or video is asked before its preview (see
// Consent/ConsentScenarios), answered the way an author does: each button pressed once its question
// is on the screen, so a press by label cannot take a button of an older message («Да» → «Дальше ▶»).
public static class ConsentAnswers
{
    public const string Children = "Есть ли в кадре дети?";
    public const string PersonalData = "Видны ли чьи-то персональные данные";
    public const string Consent = "Есть ли согласие этих людей на публикацию";

    // Answers the default questions and waits for the preview that follows them. The question about
    // consent is asked (and answered with `consent`) only after a «Да»; without one, nothing is
    // asked about it.
    public static async Task<BotMessage> AnswersConsentAsync(this FakeUser author, bool children = false, bool personalData = false, bool consent = true)
    {
        await AnswerAsync(author, Children, children);
        await AnswerAsync(author, PersonalData, personalData);
        if (children || personalData)
        {
            await AnswerAsync(author, Consent, consent);
        }

        return await author.SeesButtonAsync("📤 Отправить");
    }

    // The question with its buttons: the message of answered questions quotes them too, and its
    // edit may arrive after the preview.
    public static Task<BotMessage> SeesConsentQuestionAsync(this FakeUser author, string question) =>
        author.Chat.WaitForBotMessageAsync(m => m.Text.Contains(question, StringComparison.Ordinal) && m.AllButtons.Any(b => b.Text == "Да"));

    private static async Task AnswerAsync(FakeUser author, string question, bool yes)
    {
        var asked = await author.SeesConsentQuestionAsync(question);
        await author.PressesAsync(asked, yes ? "Да" : "Нет");
    }
}
