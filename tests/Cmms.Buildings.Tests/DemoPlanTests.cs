using Cmms.Buildings.Buildings;
using Cmms.Buildings.Demo;
using Cmms.Buildings.Equipment;
using Cmms.Kernel.Geo;

namespace Cmms.Buildings.Tests;

public sealed class DemoPlanTests
{
    private static PatrimoineGenerator Generate()
    {
        var generator = new PatrimoineGenerator(new Random(7), Guid.NewGuid(), new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc), "démo");
        foreach (var (spec, i) in DemoPlan.City.Concat(DemoPlan.Agglomeration).Select((s, i) => (s, i)))
        {
            generator.Add(spec, $"{spec.Site}-{spec.Letter}", Guid.NewGuid(), null, Wgs84.Point(4.43 + (i * 0.001), 46.80), i % 30);
        }

        return generator;
    }

    [Fact]
    public void The_demo_town_has_about_sixty_buildings_and_four_hundred_pieces_of_equipment()
    {
        var generator = Generate();

        Assert.Equal(60, generator.Buildings.Count);
        Assert.InRange(generator.Equipment.Count, 370, 440);
        Assert.All(Enum.GetValues<EquipmentKind>().Where(k => k != EquipmentKind.Other), kind => Assert.Contains(generator.Equipment, e => e.Kind == kind));
        Assert.True(generator.Equipment.Count(e => e.Kind == EquipmentKind.Extinguisher) > generator.Equipment.Count / 4, "extinguishers are the most numerous");
    }

    [Fact]
    public void Every_demo_building_is_valid_as_the_forms_check_it()
    {
        var generator = Generate();

        Assert.All(generator.Buildings, b =>
        {
            Assert.Null(GeometryCheck.Refusal(b.Geometry, GeometryKind.Polygon));
            Assert.True(b.MaxLat - b.MinLat < Building.MaxSpan);
            Assert.Empty(ErpRules.Problems(b.ErpCategory, b.ErpType, b.ErpCapacity));
            Assert.InRange(b.SurfaceSquareMetres!.Value, 30, 3_000);
        });
        Assert.Equal(generator.Buildings.Count, generator.Buildings.Select(b => b.Code).Distinct().Count());
    }

    [Fact]
    public void Every_piece_of_equipment_has_a_coherent_place_and_a_history_that_starts_with_its_installation()
    {
        var generator = Generate();
        var levels = generator.Levels.Select(l => new LevelRef(l.Id, l.BuildingId)).ToList();
        var rooms = generator.Rooms.Select(r => new RoomRef(r.Id, r.LevelId, r.BuildingId)).ToList();

        Assert.All(generator.Equipment, e =>
        {
            Assert.Null(EquipmentRules.Resolve(e.Place, levels, rooms).Problem);
            var history = generator.Events.Where(h => h.EquipmentId == e.Id).OrderBy(h => h.On).ToList();
            Assert.Equal(EquipmentEventKind.Installed, history[0].Kind);
            Assert.Equal(e.InstalledOn, history[0].On);
            Assert.Equal(e.Status == EquipmentStatus.Retired, history.Any(h => h.Kind == EquipmentEventKind.Retired));
        });
        Assert.Contains(generator.Events, h => h.Kind == EquipmentEventKind.Moved);
        Assert.Contains(generator.Equipment, e => e.Status == EquipmentStatus.Retired);
        Assert.All(generator.Equipment.Where(e => e.Kind == EquipmentKind.PlaygroundItem), e => Assert.NotNull(e.Position));
    }
}
