namespace PressHelperBot.Domain.Departments;

public enum DepartmentKind
{
    // отдел администрации
    AdministrationDepartment,

    // подведомственная организация
    SubordinateOrganisation,
}
