using Cmms.Costs.Accounts;
using Cmms.Kernel.Costs;

namespace Cmms.Costs.Demo;

/// <summary>A budget line of the demo and the service codes and kinds of cost it takes (null: any).</summary>
internal sealed record DemoBudgetLine(string Chapter, string Nature, string Function, string Label, BudgetSection Section = BudgetSection.Operating)
{
    public string Code => $"{Chapter}-{Nature}-{Function}";
}

/// <summary>
/// The excerpt of the M57 chart a technical services department uses (functions from the M57 functional
/// nomenclature, not the M14 one: green spaces are 511, not 823 which M57 gives to river transport; municipal
/// roads are 845, 843 being the departmental roads), the demo's budget lines and the rules
/// that charge each service's costs to them (as finance would set them up on day one).
/// </summary>
internal static class DemoChart
{
    public static readonly (string Code, string Label)[] Natures =
    [
        ("60611", "Eau et assainissement"),
        ("60612", "Énergie - Électricité"),
        ("60621", "Combustibles"),
        ("60622", "Carburants"),
        ("60628", "Autres fournitures non stockées"),
        ("60631", "Fournitures d'entretien"),
        ("60632", "Fournitures de petit équipement"),
        ("60633", "Fournitures de voirie"),
        ("6068", "Autres matières et fournitures"),
        ("611", "Contrats de prestations de services"),
        ("6135", "Locations mobilières"),
        ("61521", "Entretien et réparations - Terrains"),
        ("615221", "Entretien et réparations - Bâtiments publics"),
        ("615231", "Entretien et réparations - Voiries"),
        ("615232", "Entretien et réparations - Réseaux"),
        ("61551", "Entretien et réparations - Matériel roulant"),
        ("61558", "Entretien et réparations - Autres biens mobiliers"),
        ("64111", "Rémunération principale - Personnel titulaire"),
        ("64118", "Autres indemnités - Personnel titulaire"),
        ("2182", "Matériel de transport"),
        ("2313", "Immobilisations en cours - Constructions"),
        ("70876", "Remboursement de frais par le GFP de rattachement"),
    ];

    public static readonly (string Code, string Label)[] Functions =
    [
        ("020", "Administration générale de la collectivité"),
        ("0202", "Autres moyens généraux"),
        ("211", "Écoles maternelles"),
        ("212", "Écoles primaires"),
        ("511", "Espaces verts urbains"),
        ("512", "Éclairage public"),
        ("845", "Voirie communale"),
        ("847", "Équipements de voirie"),
    ];

    /// <summary>The function a service's costs are charged to.</summary>
    public static string FunctionOf(string serviceCode) => serviceCode switch
    {
        "EV" => "511",
        "VOI" => "845",
        _ => "0202",
    };

    /// <summary>The nature of a service's work (parts and contractors) when nothing more precise applies.</summary>
    public static string MaintenanceNatureOf(string serviceCode) => serviceCode switch
    {
        "BAT" => "615221",
        "EV" => "61521",
        "VOI" => "615231",
        "ATE" => "61551",
        _ => "60632",
    };

    public static readonly DemoBudgetLine Investment = new("23", "2313", "0202", "Travaux de bâtiments en cours (investissement)", BudgetSection.Investment);

    /// <summary>Consumables issued from the stores: the store's cost-centre code → nature and function.</summary>
    public static readonly (string CostCentre, string Nature, string Function)[] Consumables =
    [
        ("BATIMENTS", "60632", "0202"),
        ("ESPACES-VERTS", "6068", "511"),
        ("ECLAIRAGE", "60632", "512"),
        ("ATELIER", "61551", "0202"),
        ("VOIRIE", "60633", "845"),
        ("MAGASIN", "60632", "0202"),
    ];

    public static string LabelOf(string nature, string function) =>
        $"{Natures.First(n => n.Code == nature).Label} - {Functions.First(f => f.Code == function).Label}";

    public static readonly CostFactKind[] ServiceKinds = [CostFactKind.Labour, CostFactKind.Fuel, CostFactKind.VehicleUse];
}
