using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Organisations exempt from keeping pages (Amurzet section 1 item 3 and its appendix).
internal static class ExemptionTexts
{
    public const string ExemptButton = "📄 Освободить от ведения страниц";
    public const string EndButton = "↩️ Снять освобождение";
    public const string NoOrganisations = "📄 <b>Освобождённые организации</b>\nПодведомственных организаций в боте пока нет. Их добавляют в меню «Отделы».";
    public const string List =
        "📄 <b>Освобождённые организации</b>\nПодведомственная организация может по согласованию не вести официальные страницы "
        + "(Амурзет, раздел 1, пункт 3). Освобождённая не получает напоминаний о норме публикаций и в реестре показана с основанием. "
        + "Выберите организацию:";

    public const string AskDocument = "Какой документ освобождает организацию? Напишите его название и номер, например «Постановление № 98».";
    public const string AskDate = "Дата документа? Например 24.11.2022.";
    public const string TextExpected = "Пришлите ответ текстом.";
    public const string Gone = "Этой организации больше нет в боте.";

    public static string Marker(DepartmentExemption exemption) =>
        $"📄 освобождена от ведения страниц: {Html.Text(exemption.Document)} от {RegistryTexts.Date(exemption.Date)}";

    public static string ListButton(Department department) =>
        department.IsExempt ? $"📄 {department.Name} — освобождена" : $"{department.Name} — ведёт страницы";

    public static string Card(Department department, string? recordedBy) =>
        $"📄 {Capital(Russian.Unit(department, Case.Nominative))}\n"
        + (department.Exemption is { } exemption
            ? $"Освобождена от ведения официальных страниц: {Html.Text(exemption.Document)} от {RegistryTexts.Date(exemption.Date)}."
                + (recordedBy is null ? "" : $"\nЗаписано в бот: {Html.Text(recordedBy)}.")
            : "Ведёт официальные страницы: получает напоминания о норме публикаций, её аккаунты в реестре.");

    public static string Exempted(Department department) =>
        $"✅ Записано: {Russian.Unit(department, Case.Nominative)} освобождена от ведения страниц. Напоминаний о норме публикаций она больше не получит.";

    public static string Ended(Department department) =>
        $"↩️ Освобождение снято: {Russian.Unit(department, Case.Nominative)} снова ведёт страницы и получает напоминания о норме.";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
