using Cmms.Kernel.Domain;

namespace Cmms.Works.Preventive.Statutory;

/// <summary>
/// A statutory inspection (contrôle réglementaire) of the organisation's catalogue: what is inspected, under
/// which rule, how often. The usual French ones ship with the product; an administrator adds others.
/// </summary>
public sealed class InspectionType : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The rule that requires it ("Règlement ERP art. MS 73").</summary>
    public string? Regulation { get; set; }

    public int PeriodMonths { get; set; }

    /// <summary>The equipment's regulatory category it applies to (electrical, lifts, playground…).</summary>
    public string? Category { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>The inspections French local authorities must have carried out, with their usual periodicity.</summary>
public static class UsualInspections
{
    public static readonly IReadOnlyList<(string Code, string Name, string Regulation, int Months, string Category)> All =
    [
        ("ELEC", "Vérification des installations électriques", "Code du travail R4226-16 ; règlement ERP art. EL 19", 12, "electrical"),
        ("SSI", "Vérification du système de sécurité incendie (alarme)", "Règlement ERP art. MS 73", 12, "fire-alarm"),
        ("EXT", "Vérification des extincteurs", "Code du travail R4227-39 ; règlement ERP art. MS 38", 12, "extinguishers"),
        ("ECL", "Vérification de l'éclairage de sécurité", "Règlement ERP art. EC 15", 12, "emergency-lighting"),
        ("ASC", "Contrôle technique quinquennal des ascenseurs", "Code de la construction et de l'habitation R134-11", 60, "lifts"),
        ("GAZ", "Vérification des installations de gaz", "Règlement ERP art. GZ 30", 12, "gas"),
        ("CVC", "Vérification du chauffage et de la ventilation", "Règlement ERP art. CH 58", 12, "heating-ventilation"),
        ("JEUX", "Contrôle principal annuel des aires de jeux", "Décret n° 96-1136 ; NF EN 1176-7", 12, "playground"),
        ("CT", "Contrôle technique des véhicules", "Code de la route R323-1", 24, "vehicle"),
    ];
}
