using Cmms.Fleet.Vehicles;

namespace Cmms.Fleet.Demo;

/// <summary>When a machine works: all year, or mostly in the mowing season.</summary>
internal enum Season
{
    AllYear,
    Mowing,
    Growing,
}

/// <summary>
/// One vehicle of the demo: what it is, who uses it, and how it is used — a year's km or engine hours and its real
/// consumption (L/100 km, or L/h for machines counted in hours) — from which its readings and fills are made.
/// </summary>
internal sealed record DemoVehicle(
    string Number, string Label, string Brand, string Model, VehicleCategory Category, FuelType Fuel, string Service, int Year, decimal Cost,
    double YearlyUse, double Consumption, double Tank, Season Season = Season.AllYear);

/// <summary>A stay in the workshop, <paramref name="DaysAgo"/> days ago, for <paramref name="Days"/> days.</summary>
/// <param name="OpensWorkOrder">Opened through Works as the workshop page does (the others come from the paper log kept before).</param>
/// <param name="ReplacesMeter">The instrument cluster was changed: the new odometer starts at 0.</param>
internal sealed record DemoJob(string Number, int DaysAgo, int Days, string Reason, bool OpensWorkOrder = false, bool ReplacesMeter = false, string? Mechanic = null);

/// <summary>The demo town's fleet: thirty vehicles and machines of the city, a few of the intercommunality's.</summary>
internal static class DemoFleet
{
    public static readonly IReadOnlyList<DemoVehicle> City =
    [
        new("V-001", "Renault Kangoo Van — plomberie", "Renault", "Kangoo Van dCi 95", VehicleCategory.UtilityVan, FuelType.Diesel, "BAT", 2019, 17_850m, 11_500, 5.9, 54),
        new("V-002", "Renault Kangoo Van — électricité", "Renault", "Kangoo Van Blue dCi 95", VehicleCategory.UtilityVan, FuelType.Diesel, "BAT", 2021, 19_400m, 10_200, 5.7, 54),
        new("V-003", "Renault Kangoo E-Tech — menuiserie", "Renault", "Kangoo Van E-Tech", VehicleCategory.UtilityVan, FuelType.Electric, "BAT", 2023, 31_200m, 8_400, 0, 0),
        new("V-004", "Citroën Berlingo — tonte", "Citroën", "Berlingo Van BlueHDi 100", VehicleCategory.UtilityVan, FuelType.Diesel, "EV", 2018, 16_900m, 12_800, 6.1, 53),
        new("V-005", "Citroën Berlingo — signalisation", "Citroën", "Berlingo Van BlueHDi 100", VehicleCategory.UtilityVan, FuelType.Diesel, "VOI", 2020, 18_300m, 13_400, 6.0, 53),
        new("V-006", "Peugeot Partner — magasin", "Peugeot", "Partner Premium BlueHDi", VehicleCategory.UtilityVan, FuelType.Diesel, "MAG", 2017, 15_600m, 7_900, 6.3, 53),
        new("V-007", "Renault Master benne — espaces verts", "Renault", "Master benne 3,5 t", VehicleCategory.UtilityVan, FuelType.Diesel, "EV", 2017, 32_500m, 14_800, 10.6, 80),
        new("V-008", "Renault Master fourgon — bâtiments", "Renault", "Master L2H2 dCi 135", VehicleCategory.UtilityVan, FuelType.Diesel, "BAT", 2020, 29_800m, 12_100, 9.4, 80),
        new("V-009", "Renault Master plateau — voirie", "Renault", "Master plateau 3,5 t", VehicleCategory.UtilityVan, FuelType.Diesel, "VOI", 2016, 28_900m, 13_900, 10.9, 80),
        new("V-010", "Iveco Daily benne — voirie", "Iveco", "Daily 35C16 benne", VehicleCategory.UtilityVan, FuelType.Diesel, "VOI", 2019, 38_700m, 12_600, 11.8, 90),
        new("V-011", "Renault Trucks D Wide camion benne 19 t", "Renault Trucks", "D Wide 19 t", VehicleCategory.Truck, FuelType.Hvo, "VOI", 2015, 118_000m, 17_500, 31.5, 200),
        new("V-012", "Renault Trucks D camion grue", "Renault Trucks", "D 16 t grue Fassi", VehicleCategory.Truck, FuelType.Diesel, "VOI", 2018, 136_000m, 9_800, 27.8, 200),
        new("V-013", "Mercedes Unimog U 423 — viabilité hivernale", "Mercedes-Benz", "Unimog U 423", VehicleCategory.Truck, FuelType.Diesel, "VOI", 2014, 154_000m, 6_200, 24.5, 160),
        new("V-014", "Peugeot 208 — services administratifs", "Peugeot", "208 PureTech 75", VehicleCategory.LightVehicle, FuelType.Petrol, "BAT", 2021, 15_900m, 9_300, 5.6, 44),
        new("V-015", "Renault Clio — pool", "Renault", "Clio TCe 90", VehicleCategory.LightVehicle, FuelType.Petrol, "BAT", 2014, 13_200m, 7_100, 6.2, 42),
        new("V-016", "Dacia Duster — responsable espaces verts", "Dacia", "Duster Blue dCi 115", VehicleCategory.LightVehicle, FuelType.Diesel, "EV", 2022, 21_400m, 10_900, 5.3, 50),
        new("V-017", "Renault Zoé — magasin", "Renault", "Zoé R110", VehicleCategory.LightVehicle, FuelType.Electric, "MAG", 2021, 24_900m, 6_800, 0, 0),
        new("V-018", "Toyota Hilux — élagage", "Toyota", "Hilux double cabine", VehicleCategory.LightVehicle, FuelType.Diesel, "EV", 2019, 33_600m, 11_700, 8.6, 80),
        new("V-019", "Balayeuse Schmidt Swingo 200+", "Schmidt", "Swingo 200+", VehicleCategory.Sweeper, FuelType.Diesel, "VOI", 2018, 118_500m, 980, 5.6, 90),
        new("V-020", "Balayeuse Mathieu MC 210", "Mathieu", "MC 210", VehicleCategory.Sweeper, FuelType.Diesel, "VOI", 2021, 132_000m, 860, 5.2, 100),
        new("V-021", "Tracteur John Deere 5075E", "John Deere", "5075E", VehicleCategory.Tractor, FuelType.Diesel, "EV", 2016, 52_300m, 520, 6.4, 90, Season.Growing),
        new("V-022", "Tracteur Kubota M5111 — épareuse", "Kubota", "M5111", VehicleCategory.Tractor, FuelType.Diesel, "VOI", 2020, 71_800m, 610, 7.6, 105, Season.Growing),
        new("V-023", "Tondeuse autoportée Kubota F3890", "Kubota", "F3890", VehicleCategory.RideOnMower, FuelType.Diesel, "EV", 2019, 27_900m, 430, 3.3, 35, Season.Mowing),
        new("V-024", "Tondeuse autoportée John Deere 1580", "John Deere", "1580 TerrainCut", VehicleCategory.RideOnMower, FuelType.Diesel, "EV", 2017, 31_400m, 460, 3.6, 40, Season.Mowing),
        new("V-025", "Tondeuse autoportée Iseki SF 370", "Iseki", "SF 370", VehicleCategory.RideOnMower, FuelType.Diesel, "EV", 2022, 29_600m, 410, 3.1, 33, Season.Mowing),
        new("V-026", "Mini-pelle Kubota U27-4", "Kubota", "U27-4", VehicleCategory.MiniExcavator, FuelType.Diesel, "VOI", 2018, 41_200m, 260, 2.7, 36),
        new("V-027", "Mini-pelle Takeuchi TB216", "Takeuchi", "TB216", VehicleCategory.MiniExcavator, FuelType.Diesel, "EV", 2021, 32_800m, 190, 2.2, 22),
        new("V-028", "Remorque plateau Lider 750 kg", "Lider", "39140", VehicleCategory.Trailer, FuelType.None, "EV", 2020, 1_450m, 0, 0, 0),
        new("V-029", "Remorque porte-engins Humbaur HS 253", "Humbaur", "HS 253015", VehicleCategory.Trailer, FuelType.None, "VOI", 2018, 6_900m, 0, 0, 0),
        new("V-030", "Groupe électrogène SDMO 6 kVA", "SDMO", "Perform 6500", VehicleCategory.SmallEquipment, FuelType.Petrol, "MAG", 2019, 2_150m, 95, 1.6, 14),
    ];

    public static readonly IReadOnlyList<DemoVehicle> Agglomeration =
    [
        new("A-01", "Renault Kangoo Van — patrimoine", "Renault", "Kangoo Van dCi 95", VehicleCategory.UtilityVan, FuelType.Diesel, "BAT", 2020, 18_100m, 12_300, 5.8, 54),
        new("A-02", "Renault Master benne — voirie communautaire", "Renault", "Master benne 3,5 t", VehicleCategory.UtilityVan, FuelType.Diesel, "VOI", 2019, 33_900m, 15_200, 10.8, 80),
        new("A-03", "Renault Trucks D camion benne", "Renault Trucks", "D 16 t", VehicleCategory.Truck, FuelType.Diesel, "VOI", 2017, 109_000m, 14_100, 29.5, 200),
        new("A-04", "Tracteur New Holland T5.100", "New Holland", "T5.100", VehicleCategory.Tractor, FuelType.Diesel, "VOI", 2018, 64_500m, 480, 7.1, 110, Season.Growing),
        new("A-05", "Citroën Berlingo — garage", "Citroën", "Berlingo Van BlueHDi 100", VehicleCategory.UtilityVan, FuelType.Diesel, "ATE", 2021, 18_600m, 9_800, 6.0, 53),
    ];

    /// <summary>The year's stays in the workshop; V-007 is there now and V-015 is out of service (see the seeder).</summary>
    public static readonly IReadOnlyList<DemoJob> CityJobs =
    [
        new("V-001", 310, 1, "Révision annuelle : vidange, filtres"),
        new("V-004", 280, 2, "Plaquettes et disques de frein avant"),
        new("V-009", 150, 3, "Compteur kilométrique HS : remplacement du combiné d'instruments", ReplacesMeter: true),
        new("V-011", 240, 6, "Fuite hydraulique sur le vérin de benne"),
        new("V-012", 200, 2, "Contrôle technique poids lourd et contre-visite éclairage"),
        new("V-019", 120, 5, "Remplacement des balais latéraux et du tapis d'aspiration"),
        new("V-023", 90, 2, "Courroie de coupe et lames à changer"),
        new("V-026", 60, 1, "Flexible hydraulique du godet percé"),
        new("V-013", 45, 4, "Préparation hiver : saleuse et lame de déneigement"),
        new("V-008", 25, 1, "Pneumatiques avant usés"),
        new("V-021", 9, 6, "Embrayage de prise de force qui patine", OpensWorkOrder: true, Mechanic: "Olivier Masson"),
    ];

    public static readonly IReadOnlyList<DemoJob> AgglomerationJobs =
    [
        new("A-02", 130, 2, "Révision annuelle"),
        new("A-03", 70, 3, "Remplacement de l'embrayage"),
    ];

    /// <summary>In the workshop now: intake two days ago, its work order assigned to the demo mechanic.</summary>
    public static readonly DemoJob CurrentCityJob = new("V-007", 2, 0, "Bruit au freinage : contrôle des disques et des étriers arrière", OpensWorkOrder: true, Mechanic: "Sébastien Roux");

    public const string OutOfServiceCity = "V-015";

    public const string OutOfServiceReason = "Boîte de vitesses HS : réparation plus chère que la valeur du véhicule, réforme à décider";

    public const int OutOfServiceDaysAgo = 20;
}
