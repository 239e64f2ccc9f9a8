using System.Globalization;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Levels;
using Cmms.Buildings.Rooms;
using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Demo;

/// <summary>
/// Turns demo buildings into rows: the building with its footprint, its floors and rooms, and the equipment a
/// French public building has (a boiler and its gas supply, the main electrical board, extinguishers on every
/// floor, emergency lighting and a fire alarm in ERPs, lifts, the school yard's play equipment), with a history:
/// every piece installed, some moved, some old extinguishers retired and replaced. Rows are complete (organisation,
/// version, stamps) so they can be bulk-inserted as they are.
/// </summary>
internal sealed class PatrimoineGenerator(Random random, Guid organisationId, DateTime now, string recorder)
{
    public List<Building> Buildings { get; } = [];

    public List<Level> Levels { get; } = [];

    public List<Room> Rooms { get; } = [];

    public List<EquipmentItem> Equipment { get; } = [];

    public List<EquipmentEvent> Events { get; } = [];

    private DateOnly Today => DateOnly.FromDateTime(now);

    public void Clear()
    {
        Buildings.Clear();
        Levels.Clear();
        Rooms.Clear();
        Equipment.Clear();
        Events.Clear();
    }

    /// <summary>Adds a building at <paramref name="center"/>, turned by <paramref name="angle"/> degrees.</summary>
    public Building Add(DemoBuilding spec, string code, Guid siteId, string? address, Point center, double angle)
    {
        var building = Stamp(new Building
        {
            OrganisationId = organisationId, SiteId = siteId, Code = code, Name = spec.Name, Address = address, YearBuilt = spec.Year,
            ErpType = spec.Type, ErpCategory = spec.Category, ErpCapacity = spec.Capacity,
        });
        building.Place(Footprints.Draw(center.X, center.Y, spec.Width, spec.Depth, spec.L, angle), null);
        building.Index();
        Buildings.Add(building);

        var floors = new List<(Level Level, List<Room> Rooms)>();
        for (var elevation = spec.Basement ? -1 : 0; elevation < spec.Floors; elevation++)
        {
            var level = Stamp(new Level { OrganisationId = organisationId, BuildingId = building.Id, Name = LevelName(elevation), Elevation = elevation });
            Levels.Add(level);
            var rooms = DemoRooms.For(spec.Profile, elevation, building.SurfaceSquareMetres ?? 100)
                .Select((r, i) => Stamp(new Room
                {
                    OrganisationId = organisationId, BuildingId = building.Id, LevelId = level.Id, Number = RoomNumber(elevation, i + 1), Name = r.Name, Use = r.Use,
                    AreaSquareMetres = Math.Round(r.Area * (0.9 + (random.NextDouble() * 0.2)), 1),
                }))
                .ToList();
            Rooms.AddRange(rooms);
            floors.Add((level, rooms));
        }

        AddEquipment(spec, building, floors);
        return building;
    }

    private void AddEquipment(DemoBuilding spec, Building building, List<(Level Level, List<Room> Rooms)> floors)
    {
        var ground = floors.First(f => f.Level.Elevation == 0);
        var technical = ground.Rooms.FirstOrDefault(r => r.Use == RoomUse.Technical);
        var pin = building.PinPoint;
        var erp = spec.Category is not null;

        if (spec.Heating != Heating.None)
        {
            var (floor, boilerRoom) = ChaufferieOf(floors, building);
            var gas = Pick(("Viessmann", "Vitodens 200-W"), ("De Dietrich", "C 230 Eco"), ("Atlantic", "Varmax 275"), ("Frisquet", "Prestige Condensation 32 kW"), ("ELM Leblanc", "Mégalis Condens"));
            var (brand, model, name) = spec.Heating switch
            {
                Heating.Oil => ("De Dietrich", "GT 330", "Chaudière fioul"),
                Heating.Wood => ("Hargassner", "Nano-PK 32", "Chaudière à granulés"),
                _ => (gas.Item1, gas.Item2, "Chaudière gaz à condensation"),
            };
            Item(building, floor, boilerRoom, EquipmentKind.Boiler, name, brand, model, Installed(spec.Year, 2004, 2022), Near(pin, 3));
            if (spec.Heating == Heating.Gas && erp)
            {
                // The gas supply is tracked where it is checked: in buildings open to the public.
                Item(building, floor, boilerRoom, EquipmentKind.GasInstallation, "Installation gaz naturel — chaufferie", "GRDF", null, Installed(spec.Year, 1990, 2015), null);
            }

            if (floor.Elevation < 0 || spec.Category <= 4)
            {
                Item(building, floor, boilerRoom, EquipmentKind.Extinguisher, "Extincteur CO2 2 kg — chaufferie", Pick("Sicli", "Desautel", "Eurofeu"), "CO2 2 kg", Installed(spec.Year, 2016, 2024), null);
            }
        }

        Item(building, ground.Level, technical, EquipmentKind.ElectricalBoard, "Tableau général basse tension (TGBT)", Pick("Schneider Electric", "Legrand", "Hager"),
            Pick("Prisma G", "XL³ 400", "Quadro Evo"), Installed(spec.Year, 1995, 2020), Near(pin, 4));

        foreach (var (level, rooms) in floors.Where(f => f.Level.Elevation >= 0))
        {
            var hall = rooms.FirstOrDefault(r => r.Use is RoomUse.Circulation or RoomUse.Reception) ?? rooms.FirstOrDefault();
            var extinguisher = Item(building, level, hall, EquipmentKind.Extinguisher, $"Extincteur eau pulvérisée 6 L — {level.Name.ToLower(CultureInfo.GetCultureInfo("fr-FR"))}",
                Pick("Sicli", "Desautel", "Eurofeu"), "EP 6 L", Installed(spec.Year, 2014, 2024), null);
            if (random.Next(7) == 0)
            {
                Replace(extinguisher, building, level, hall);
            }
            else if (random.Next(6) == 0 && rooms.Count > 1)
            {
                Move(extinguisher, level, rooms[^1], building);
            }
        }

        if (erp)
        {
            Item(building, ground.Level, technical, EquipmentKind.FireAlarm,
                spec.Category <= 3 ? "Système de sécurité incendie (SSI) catégorie A" : spec.Category == 4 ? "Alarme incendie type 2b" : "Alarme incendie type 4",
                Pick("DEF", "Siemens", "Nugelec", "Legrand"), spec.Category <= 3 ? "CMSI" : "Centrale d'alarme", Installed(spec.Year, 2000, 2021), Near(pin, 2));
            Item(building, null, null, EquipmentKind.EmergencyLighting, "Éclairage de sécurité (BAES) — ensemble du bâtiment", Pick("Legrand", "Kaufel", "Luminox"), "BAES évacuation",
                Installed(spec.Year, 2008, 2023), null);
        }

        if (erp && (spec.Profile is Profile.School or Profile.Nursery or Profile.Gym or Profile.Library or Profile.Restaurant or Profile.Pool or Profile.Museum or Profile.Music
            || (spec.Profile == Profile.Office && spec.Floors > 1)))
        {
            var large = spec.Profile is Profile.Gym or Profile.Pool or Profile.Library or Profile.Museum;
            Item(building, ground.Level, technical, EquipmentKind.Ventilation, large ? "Centrale de traitement d'air" : "VMC double flux",
                Pick("Aldes", "France Air", "Atlantic"), large ? "CTA 6000 m³/h" : "Dee Fly Cube 370", Installed(spec.Year, 2005, 2022), null);
        }

        if (spec.Lift)
        {
            Item(building, ground.Level, null, EquipmentKind.Lift, "Ascenseur", Pick("Otis", "Schindler", "Kone", "TK Elevator"), Pick("Gen2", "3300", "MonoSpace 500", "Evolution"),
                Installed(spec.Year, 1998, 2020), Near(pin, 5));
        }

        string[] play = ["Structure multi-activités", "Toboggan", "Balançoire deux places", "Jeu à ressort", "Maisonnette", "Tourniquet"];
        for (var i = 0; i < spec.Playground; i++)
        {
            var item = Item(building, null, null, EquipmentKind.PlaygroundItem, $"{play[i % play.Length]} — cour de jeux", Pick("Kompan", "Proludic", "HAGS", "Husson"), null,
                Installed(spec.Year, 2010, 2024), Footprints.Offset(pin, -12 + (i * 9), -22 - (spec.Depth / 2)));
            item.Notes = "Norme NF EN 1176.";
        }
    }

    /// <summary>The boiler room: in the basement when there is one, else on the ground floor (added when the floor has none).</summary>
    private (Level Level, Room Room) ChaufferieOf(List<(Level Level, List<Room> Rooms)> floors, Building building)
    {
        var (level, rooms) = floors[0];
        var room = Stamp(new Room
        {
            OrganisationId = organisationId, BuildingId = building.Id, LevelId = level.Id, Number = RoomNumber(level.Elevation, rooms.Count + 1),
            Name = "Chaufferie", Use = RoomUse.Technical, AreaSquareMetres = 12 + random.Next(10),
        });
        rooms.Add(room);
        Rooms.Add(room);
        return (level, room);
    }

    private EquipmentItem Item(Building building, Level? level, Room? room, EquipmentKind kind, string name, string? brand, string? model, DateOnly installed, Point? position)
    {
        var item = Stamp(new EquipmentItem
        {
            OrganisationId = organisationId, Kind = kind, Name = name, Brand = brand, Model = model, InstalledOn = installed,
            SerialNumber = brand is null ? null : string.Create(CultureInfo.InvariantCulture, $"{Initials(brand)}-{installed.Year}-{random.Next(10_000, 99_999)}"),
            RegulatoryCategory = RegulatoryCategories.UsualFor(kind),
        });
        item.Install(new Place(building.Id, level?.Id, room?.Id), building.SiteId, position);
        item.Index();
        Equipment.Add(item);
        Events.Add(Event(item, EquipmentEventKind.Installed, installed, null, null, Describe(building, level, room), building.Id, null));
        return item;
    }

    /// <summary>An extinguisher past its ten years (or found empty at the yearly check) is retired and a new one hung in its place.</summary>
    private void Replace(EquipmentItem old, Building building, Level level, Room? room)
    {
        var on = Max(old.InstalledOn!.Value.AddYears(1), Today.AddDays(-random.Next(30, 400)));
        if (on > Today)
        {
            return;
        }

        var reason = random.Next(2) == 0 ? "Périmé à la vérification annuelle, remplacé." : "Trouvé vide après un déclenchement, remplacé.";
        old.Retire(on, reason);
        Events.Add(Event(old, EquipmentEventKind.Retired, on, reason, null, null, null, null));
        var replacement = Item(building, level, room, EquipmentKind.Extinguisher, old.Name, old.Brand, old.Model, on, null);
        replacement.Notes = "Remplace l'extincteur retiré le " + on.ToString("d", CultureInfo.GetCultureInfo("fr-FR")) + ".";
    }

    private void Move(EquipmentItem item, Level level, Room to, Building building)
    {
        var on = Max(item.InstalledOn!.Value.AddMonths(2), Today.AddDays(-random.Next(20, 300)));
        if (on > Today)
        {
            return;
        }

        var from = Describe(building, level, Rooms.FirstOrDefault(r => r.Id == item.RoomId));
        item.MoveTo(new Place(building.Id, level.Id, to.Id), building.SiteId, null);
        Events.Add(Event(item, EquipmentEventKind.Moved, on, "Réaménagement des locaux : rapproché de la sortie de secours.", from, Describe(building, level, to), building.Id, building.Id));
    }

    private EquipmentEvent Event(EquipmentItem item, EquipmentEventKind kind, DateOnly on, string? reason, string? from, string? to, Guid? toBuilding, Guid? fromBuilding) => new()
    {
        OrganisationId = organisationId, EquipmentId = item.Id, Kind = kind, On = on,
        AtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) > now ? now : on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        ByName = recorder, From = from, To = to, FromBuildingId = fromBuilding, ToBuildingId = toBuilding, Reason = reason,
    };

    private static string Describe(Building building, Level? level, Room? room) =>
        Places.Name(building.Name, level?.Name, room is null ? null : $"{room.Number} {room.Name}");

    /// <summary>Installed some year between the building's construction and today, within the usual life of the kind.</summary>
    private DateOnly Installed(int built, int from, int to)
    {
        var first = Math.Max(built, from);
        var last = Math.Max(first, Math.Min(to, Today.Year));
        var day = new DateOnly(random.Next(first, last + 1), random.Next(1, 13), random.Next(1, 29));
        return day > Today ? Today.AddDays(-random.Next(30, 200)) : day;
    }

    private Point Near(Point pin, double metres) => Footprints.Offset(pin, (random.NextDouble() - 0.5) * metres, (random.NextDouble() - 0.5) * metres);

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Initials(string brand) =>
        string.Concat(brand.Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0])));

    private static string LevelName(int elevation) => elevation switch
    {
        0 => "Rez-de-chaussée",
        1 => "1er étage",
        < 0 => "Sous-sol",
        _ => $"{elevation}e étage",
    };

    private static string RoomNumber(int elevation, int index) => elevation switch
    {
        < 0 => $"S{index:00}",
        0 => $"R{index:00}",
        _ => $"{elevation}{index:00}",
    };

    private T Stamp<T>(T row)
        where T : Kernel.Domain.IVersioned
    {
        row.Version = 1;
        row.UpdatedAtUtc = now;
        row.UpdatedBy = recorder;
        return row;
    }
}
