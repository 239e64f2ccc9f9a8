using Cmms.Kernel.Data;

namespace Cmms.Stock.Numbering;

/// <summary>The last number given in a series (BC purchase orders, INV counts) for an organisation and a year.</summary>
public sealed class Counter : YearlyCounter;
