namespace Cmms.Buildings.Equipment;

/// <summary>What a piece of equipment is (labels are "EquipmentKind.X" texts).</summary>
public enum EquipmentKind
{
    Boiler,
    Lift,
    FireAlarm,
    Extinguisher,
    ElectricalBoard,
    GasInstallation,
    Ventilation,
    EmergencyLighting,
    PlaygroundItem,
    Other,
}

/// <summary>
/// The family of statutory inspections the equipment falls under. The code (<see cref="RegulatoryCategories.Code"/>)
/// is what the statutory-inspection catalogue matches equipment by; labels are "RegulatoryCategory.X" texts.
/// </summary>
public enum RegulatoryCategory
{
    None,
    Electrical,
    FireAlarm,
    Extinguishers,
    EmergencyLighting,
    Lifts,
    Gas,
    HeatingVentilation,
    Playground,
}

internal static class RegulatoryCategories
{
    /// <summary>The stable code: "electrical", "fire-alarm", "extinguishers", "emergency-lighting", "lifts", "gas", "heating-ventilation", "playground", "none".</summary>
    public static string Code(this RegulatoryCategory category) => category switch
    {
        RegulatoryCategory.Electrical => "electrical",
        RegulatoryCategory.FireAlarm => "fire-alarm",
        RegulatoryCategory.Extinguishers => "extinguishers",
        RegulatoryCategory.EmergencyLighting => "emergency-lighting",
        RegulatoryCategory.Lifts => "lifts",
        RegulatoryCategory.Gas => "gas",
        RegulatoryCategory.HeatingVentilation => "heating-ventilation",
        RegulatoryCategory.Playground => "playground",
        _ => "none",
    };

    public static RegulatoryCategory? FromCode(string? code) =>
        Enum.GetValues<RegulatoryCategory>().Cast<RegulatoryCategory?>().FirstOrDefault(c => c!.Value.Code() == code?.Trim().ToLowerInvariant());

    /// <summary>The category a kind of equipment usually falls under, proposed on the form (the person may change it).</summary>
    public static RegulatoryCategory UsualFor(EquipmentKind kind) => kind switch
    {
        EquipmentKind.Boiler or EquipmentKind.Ventilation => RegulatoryCategory.HeatingVentilation,
        EquipmentKind.Lift => RegulatoryCategory.Lifts,
        EquipmentKind.FireAlarm => RegulatoryCategory.FireAlarm,
        EquipmentKind.Extinguisher => RegulatoryCategory.Extinguishers,
        EquipmentKind.ElectricalBoard => RegulatoryCategory.Electrical,
        EquipmentKind.GasInstallation => RegulatoryCategory.Gas,
        EquipmentKind.EmergencyLighting => RegulatoryCategory.EmergencyLighting,
        EquipmentKind.PlaygroundItem => RegulatoryCategory.Playground,
        _ => RegulatoryCategory.None,
    };
}
