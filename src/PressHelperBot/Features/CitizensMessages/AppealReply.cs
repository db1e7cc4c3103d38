using PressHelperBot.Configuration;

namespace PressHelperBot.Features.CitizensMessages;

// The ready reply to an «обращение»: messages on the pages are not appeals of citizens under 59-ФЗ
// (Zhatay 4.1), so the author is told how to send one officially instead of being answered in a comment.
internal sealed class AppealReply(CitizenMessageSettings settings)
{
    public string Text(string authorName)
    {
        var where = settings.AppealsUrl is { Length: > 0 } url
            ? $"через интернет-приёмную на официальном сайте: {url}"
            : "через интернет-приёмную на официальном сайте администрации";
        return $"{authorName}, здравствуйте! Сообщения и комментарии на наших страницах в социальных сетях не являются обращениями граждан " +
            "по Федеральному закону от 2 мая 2006 года № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации», " +
            "поэтому здесь мы не можем рассмотреть ваше обращение и дать официальный ответ. " +
            $"Пожалуйста, направьте его {where}, письмом по почте или на личном приёме — тогда его зарегистрируют и ответят в срок, установленный законом. " +
            "Спасибо, что написали нам!";
    }
}
