namespace Cmms.Stock.Numbering;

/// <summary>The last number given in a series (BC purchase orders, INV counts) for an organisation and a year.</summary>
public sealed class Counter
{
    public Guid OrganisationId { get; set; }

    public required string Series { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}
