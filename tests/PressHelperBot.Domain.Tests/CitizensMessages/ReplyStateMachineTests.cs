using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.CitizensMessages.MessageBuilder;

namespace PressHelperBot.Domain.Tests.CitizensMessages;

public class ReplyStateMachineTests
{
    private static readonly DateTimeOffset Monday = Calendars.Moscow().At("2026-11-23 10:00");
    private static readonly DateTimeOffset Due = Calendars.Moscow().At("2026-11-24 10:00");

    [Fact]
    public void A_question_is_assigned_drafted_returned_drafted_again_agreed_and_answered()
    {
        var message = AQuestion(Monday);

        message.Assign(Culture, Due, Coordinator, Monday.AddMinutes(5));
        message.SubmitDraft("Добрый день! Заявку приняли.", Culture, Staff, 9.5, Monday.AddHours(1));
        message.Return(1, "Напишите, когда именно починят.", Coordinator, Monday.AddHours(2));
        message.SubmitDraft("Добрый день! Фонарь починят в четверг.", Culture, Staff, 10, Monday.AddHours(3));
        message.Agree(2, Coordinator, Monday.AddHours(4));
        message.MarkAnswered("https://vk.com/wall-1_2?reply=9", Coordinator, Monday.AddHours(5));

        Assert.Equal(ReplyStatus.Answered, message.Status);
        Assert.Equal("Добрый день! Фонарь починят в четверг.", message.AgreedText);
        Assert.Equal(ReplySource.Department, message.Source);
        Assert.Equal("https://vk.com/wall-1_2?reply=9", message.AnswerLink);
        Assert.Equal(
            [ReplyAction.Received, ReplyAction.Assigned, ReplyAction.Drafted, ReplyAction.Returned, ReplyAction.Drafted, ReplyAction.Agreed, ReplyAction.MarkedAnswered],
            message.History.Select(e => e.Action));
        Assert.Equal("Напишите, когда именно починят.", message.History.Single(e => e.Action == ReplyAction.Returned).Note);
        Assert.True(message.AgreedOnTime);
    }

    [Fact]
    public void The_second_coordinator_agreeing_the_same_draft_learns_who_was_first()
    {
        var message = Drafted();
        message.Agree(1, Coordinator, Monday.AddHours(2));

        var second = Assert.Throws<ReplyAlreadyDecidedException>(() => message.Agree(1, 99, Monday.AddHours(2)));

        Assert.Equal(Coordinator, second.Decision.ById);
        Assert.Equal(ReplyAction.Agreed, second.Decision.Action);
        Assert.Single(message.History, e => e.Action == ReplyAction.Agreed);
    }

    [Fact]
    public void A_press_on_a_returned_drafts_card_names_the_return_also_after_a_new_draft()
    {
        var message = Drafted();
        message.Return(1, "Короче, пожалуйста.", Coordinator, Monday.AddHours(2));

        var returned = Assert.Throws<ReplyAlreadyDecidedException>(() => message.Agree(1, 99, Monday.AddHours(3)));
        Assert.Equal(ReplyAction.Returned, returned.Decision.Action);

        message.SubmitDraft("Починят в четверг.", Culture, Staff, null, Monday.AddHours(4));
        var stillReturned = Assert.Throws<ReplyAlreadyDecidedException>(() => message.Agree(1, 99, Monday.AddHours(5)));
        Assert.Equal(ReplyAction.Returned, stillReturned.Decision.Action);
        Assert.Throws<DomainException>(() => message.SubmitDraft("Ещё один", Culture, Staff, null, Monday.AddHours(5)));
        message.Agree(2, Coordinator, Monday.AddHours(5));
        Assert.Equal("Починят в четверг.", message.AgreedText);
    }

    [Fact]
    public void A_coordinator_edit_is_agreed_with_the_new_text()
    {
        var message = Drafted();

        message.AgreeEdited(1, "  Фонарь починят в четверг, спасибо, что написали!  ", Coordinator, Monday.AddHours(2));

        Assert.Equal(ReplyStatus.Agreed, message.Status);
        Assert.Equal("Фонарь починят в четверг, спасибо, что написали!", message.AgreedText);
        Assert.Equal(ReplySource.EditedByCoordinator, message.Source);
        Assert.Equal(ReplyAction.AgreedWithEdits, message.LastDecision!.Action);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_draft_is_refused(string text)
    {
        var message = Assigned();

        var refused = Assert.Throws<DomainException>(() => message.SubmitDraft(text, Culture, Staff, null, Monday));

        Assert.Contains("пустой", refused.Message);
        Assert.Equal(ReplyStatus.Assigned, message.Status);
    }

    [Fact]
    public void A_draft_over_4096_characters_is_refused_and_4096_is_accepted()
    {
        var message = Assigned();

        var refused = Assert.Throws<DomainException>(() => message.SubmitDraft(new string('а', 4097), Culture, Staff, null, Monday));
        Assert.Contains("4097", refused.Message);
        Assert.Contains("короткие", refused.Message);

        message.SubmitDraft(new string('а', 4096), Culture, Staff, null, Monday);
        Assert.Equal(ReplyStatus.Drafted, message.Status);
    }

    [Fact]
    public void Only_the_assigned_department_drafts()
    {
        var message = Assigned();

        Assert.Throws<DomainException>(() => message.SubmitDraft("Ответ", Sport, Staff, null, Monday));
    }

    [Fact]
    public void A_reassignment_starts_a_new_assignment_but_not_while_a_draft_waits()
    {
        var message = Assigned();

        var second = message.Assign(Sport, Due.AddHours(3), Coordinator, Monday.AddMinutes(30));

        Assert.Equal(2, second.Number);
        Assert.Equal(Sport, message.DepartmentId);
        message.SubmitDraft("Ответ", Sport, Staff, null, Monday.AddHours(1));
        Assert.Throws<DomainException>(() => message.Assign(Culture, Due, Coordinator, Monday.AddHours(2)));
    }

    [Fact]
    public void A_due_time_in_the_past_is_refused()
    {
        var message = AQuestion(Monday);

        Assert.Throws<DomainException>(() => message.Assign(Culture, Monday, Coordinator, Monday));
    }

    [Fact]
    public void A_department_deleted_while_the_draft_waits_sends_the_message_back_to_new()
    {
        var message = Drafted();

        message.SendBackToCoordinators(Monday.AddHours(3));

        Assert.Equal(ReplyStatus.New, message.Status);
        Assert.Null(message.DepartmentId);
        Assert.Equal(Culture, message.LastDepartmentId);
        Assert.Equal(0, message.History[^1].ById);
        message.Assign(Sport, Due.AddDays(1), Coordinator, Monday.AddHours(4));
        Assert.Equal(2, message.CurrentAssignment!.Number);
    }

    [Fact]
    public void An_appeal_is_agreed_at_once_with_the_procedure_text_and_never_assigned()
    {
        var message = AQuestion(Monday, MessageKind.Appeal);

        message.PointToAppealProcedure("Направьте обращение через интернет-приёмную.", Coordinator, Monday);

        Assert.Equal(ReplyStatus.Agreed, message.Status);
        Assert.Equal(ReplySource.AppealProcedure, message.Source);
        Assert.Equal(ReplyAction.PointedToAppealProcedure, message.History[^1].Action);
        Assert.Throws<DomainException>(() => AQuestion(Monday, MessageKind.Appeal).Assign(Culture, Due, Coordinator, Monday));
        Assert.Throws<DomainException>(() => AQuestion(Monday).PointToAppealProcedure("текст", Coordinator, Monday));
    }

    [Fact]
    public void A_coordinator_answers_a_new_message_without_a_department()
    {
        var message = AQuestion(Monday, MessageKind.Thanks);

        message.AnswerAsCoordinator("Спасибо за тёплые слова!", Coordinator, Monday.AddMinutes(10));

        Assert.Equal(ReplySource.Coordinator, message.Source);
        Assert.True(message.AgreedOnTime);
        Assert.Throws<DomainException>(() => Assigned().AnswerAsCoordinator("Ответ", Coordinator, Monday));
    }

    [Fact]
    public void Marking_answered_needs_an_agreed_reply_and_happens_once()
    {
        var message = Drafted();
        Assert.Throws<DomainException>(() => message.MarkAnswered("https://vk.com/wall-1_2?reply=9", Coordinator, Monday));

        message.Agree(1, Coordinator, Monday.AddHours(2));
        message.MarkAnswered("https://vk.com/wall-1_2?reply=9", Coordinator, Monday.AddHours(3));

        var twice = Assert.Throws<DomainException>(() => message.MarkAnswered("https://vk.com/wall-1_2?reply=10", 99, Monday.AddHours(4)));
        Assert.Contains("уже отмечен", twice.Message);
        Assert.Equal("https://vk.com/wall-1_2?reply=9", message.AnswerLink);
    }

    [Fact]
    public void A_message_is_overdue_after_its_due_time_until_agreed_and_an_agreement_after_it_is_late()
    {
        var message = Drafted();

        Assert.False(message.IsOverdue(Due));
        Assert.True(message.IsOverdue(Due.AddMinutes(1)));
        message.Agree(1, Coordinator, Due.AddMinutes(1));

        Assert.False(message.IsOverdue(Due.AddHours(5)));
        Assert.False(message.AgreedOnTime);
        Assert.True(message.MissedDue(Due.AddHours(5)));
    }

    [Fact]
    public void A_message_needs_text_or_a_screenshot()
    {
        Assert.Throws<DomainException>(() => CitizenMessage.Receive(
            MessageKind.Question, Domain.Registry.SocialNetwork.Vk, "https://vk.com/wall-1_2", "Иван", "https://vk.com/id1", "  ", [], Coordinator, Monday));
    }

    private static CitizenMessage Assigned()
    {
        var message = AQuestion(Monday);
        message.Assign(Culture, Due, Coordinator, Monday);
        return message;
    }

    private static CitizenMessage Drafted()
    {
        var message = Assigned();
        message.SubmitDraft("Добрый день! Заявку приняли.", Culture, Staff, 9.5, Monday.AddHours(1));
        return message;
    }
}
