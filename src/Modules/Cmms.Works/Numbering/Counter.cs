using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;

namespace Cmms.Works.Numbering;

/// <summary>The last number given in a series (DI, OT) for an organisation and year (table wk_counters).</summary>
public sealed class Counter : YearlyCounter, IOrganisationOwned;
