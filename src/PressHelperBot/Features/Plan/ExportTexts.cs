using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Features.Common;

namespace PressHelperBot.Features.Plan;

internal static class ExportTexts
{
    public const string AskPeriod = "За какой период выгрузить контент-план? Напишите две даты через тире, например <b>01.12–31.12</b>, или выберите кнопкой.";
    public const string SendFailed = "Не получилось отправить файл. Попробуйте ещё раз чуть позже.";
    public const string ThisMonth = "Этот месяц";
    public const string LastMonth = "Прошлый месяц";
    public const string NextMonth = "Следующий месяц";

    public static string PickFormat(PlanPeriod period) => $"Контент-план за {period}. В каком виде?";

    public static string Caption(PlanPeriod period, int items) => $"Контент-план за {period}: {Russian.Count(items, "новость", "новости", "новостей")}.";
}
