using Cmms.Kernel.Security;

namespace Cmms.Costs;

/// <summary>Who may do what with costs: finance reads, closes and exports; HR has its export only; managers read their services' costs; administrators set rates.</summary>
internal static class CostsUrls
{
    /// <summary>The ledger, periods, closing, finance batches, the chart of accounts, budget lines, allocation rules and budgets.</summary>
    public const string Finance = $"{Roles.Finance},{Roles.Administrator}";

    /// <summary>The HR export of hours.</summary>
    public const string HumanResources = $"{Roles.HumanResources},{Roles.Administrator}";

    /// <summary>The analysis: finance and administrators see everything, a manager their services.</summary>
    public const string Analysts = $"{Roles.Finance},{Roles.Administrator},{Roles.ServiceManager}";

    /// <summary>Internal rates (overtime and on-call, vehicles) and cross-charging agreements.</summary>
    public const string RateSetters = Roles.Administrator;

    /// <summary>Finance and administrators read the agreements' statements; only administrators set the agreements.</summary>
    public const string StatementReaders = $"{Roles.Finance},{Roles.Administrator}";

    public static string Period(Guid id) => $"/costs/periods/{id}";

    public static string Batch(Guid id) => $"/costs/batches/{id}";
}
