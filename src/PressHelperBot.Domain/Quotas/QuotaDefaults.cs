namespace PressHelperBot.Domain.Quotas;

// Defaults from the regulations: 5 a week on the administration's accounts (Rubtsovsk 2.1,
// Kozhevnikovo 5), 2 for a subordinate organisation (Amurzet 2.2), 1 for a department of the
// administration. A target of 0 means "never reminded".
public static class QuotaDefaults
{
    public const int Organisation = 5;
    public const int Department = 1;
    public const int SubordinateOrganisation = 2;

    public static int ForDepartment(bool isSubordinateOrganisation) =>
        isSubordinateOrganisation ? SubordinateOrganisation : Department;
}
