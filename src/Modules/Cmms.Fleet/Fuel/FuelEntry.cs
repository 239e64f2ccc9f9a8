using Cmms.Kernel.Domain;

namespace Cmms.Fleet.Fuel;

/// <summary>
/// A fill: litres at a unit price, at the depot's pump or with a fuel card, and the meter reading taken then
/// (recorded as a reading, under the same rising rule). The amount is kept to the cent, as on the ticket.
/// </summary>
public sealed class FuelEntry : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid VehicleId { get; set; }

    public DateTime FilledAtUtc { get; set; }

    public decimal Litres { get; set; }

    /// <summary>Euros per litre, excluding nothing: the pump's or the card statement's price.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Litres × unit price, rounded to the cent.</summary>
    public decimal Amount { get; set; }

    /// <summary>The tank was filled up: consumption is measured between two such fills.</summary>
    public bool FullTank { get; set; }

    public FuelSource Source { get; set; }

    /// <summary>The depot pump ("Cuve gazole CTM") for a pump fill.</summary>
    public string? Pump { get; set; }

    /// <summary>The fuel card's number for a card fill.</summary>
    public string? CardNumber { get; set; }

    /// <summary>The reading taken at the fill and its meter (the vehicle's main meter then).</summary>
    public Guid? ReadingId { get; set; }

    public Guid? MeterId { get; set; }

    public decimal? MeterValue { get; set; }

    public decimal? MeterLifetime { get; set; }

    /// <summary>The fuel-card system's transaction id, so the same fill posted twice is recorded once.</summary>
    public string? ExternalReference { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    public static decimal AmountOf(decimal litres, decimal unitPrice) => decimal.Round(litres * unitPrice, 2, MidpointRounding.AwayFromZero);
}

public enum FuelSource
{
    Pump,
    Card,
}
