using Cmms.Buildings.Equipment;
using Cmms.Kernel.Geo;

namespace Cmms.Buildings.Tests;

public sealed class EquipmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Gym = Guid.NewGuid();
    private static readonly LevelRef Ground = new(Guid.NewGuid(), School);
    private static readonly LevelRef First = new(Guid.NewGuid(), School);
    private static readonly LevelRef GymFloor = new(Guid.NewGuid(), Gym);
    private static readonly RoomRef Classroom = new(Guid.NewGuid(), First.Id, School);
    private static readonly RoomRef Hall = new(Guid.NewGuid(), Ground.Id, School);
    private static readonly RoomRef Changing = new(Guid.NewGuid(), GymFloor.Id, Gym);
    private static readonly LevelRef[] Levels = [Ground, First, GymFloor];
    private static readonly RoomRef[] Rooms = [Classroom, Hall, Changing];

    private static EquipmentItem Extinguisher(Place place, DateOnly? installed = null)
    {
        var item = new EquipmentItem { Name = "Extincteur eau pulvérisée 6 L", Kind = EquipmentKind.Extinguisher, InstalledOn = installed ?? new DateOnly(2020, 5, 1) };
        item.Install(place, Guid.NewGuid(), null);
        return item;
    }

    [Fact]
    public void A_room_chosen_without_its_level_brings_its_level()
    {
        var (place, problem) = EquipmentRules.Resolve(new Place(School, null, Classroom.Id), Levels, Rooms);

        Assert.Null(problem);
        Assert.Equal(new Place(School, First.Id, Classroom.Id), place);
    }

    [Fact]
    public void A_level_of_another_building_is_refused()
    {
        var (place, problem) = EquipmentRules.Resolve(new Place(School, GymFloor.Id, null), Levels, Rooms);

        Assert.Null(place);
        Assert.Equal(("LevelId", "Choose a level of the chosen building."), (problem!.Field, problem.Message));
    }

    [Fact]
    public void A_room_of_another_building_is_refused()
    {
        var (_, problem) = EquipmentRules.Resolve(new Place(School, null, Changing.Id), Levels, Rooms);

        Assert.Equal(("RoomId", "Choose a room of the chosen building."), (problem!.Field, problem.Message));
    }

    [Fact]
    public void A_room_that_is_not_on_the_chosen_level_is_refused()
    {
        var (_, problem) = EquipmentRules.Resolve(new Place(School, Ground.Id, Classroom.Id), Levels, Rooms);

        Assert.Equal(("RoomId", "This room is not on the chosen level."), (problem!.Field, problem.Message));
    }

    [Fact]
    public void The_building_alone_is_a_place()
    {
        Assert.Equal((new Place(Gym, null, null), (RuleProblem?)null), EquipmentRules.Resolve(new Place(Gym, null, null), Levels, Rooms));
    }

    [Fact]
    public void Moving_to_where_the_equipment_already_is_is_refused()
    {
        var item = Extinguisher(new Place(School, Ground.Id, Hall.Id));

        var problem = EquipmentRules.MoveRefusal(item, new Place(School, Ground.Id, Hall.Id), Today, Today);

        Assert.Equal("The equipment is already there: choose another building, level or room.", problem?.Message);
        Assert.Null(EquipmentRules.MoveRefusal(item, new Place(School, First.Id, Classroom.Id), Today, Today));
    }

    [Fact]
    public void A_move_cannot_be_dated_in_the_future_nor_before_the_installation()
    {
        var item = Extinguisher(new Place(School, Ground.Id, null), new DateOnly(2024, 1, 15));
        var to = new Place(Gym, null, null);

        Assert.Equal("The date cannot be in the future.", EquipmentRules.MoveRefusal(item, to, Today.AddDays(1), Today)?.Message);
        var early = EquipmentRules.MoveRefusal(item, to, new DateOnly(2023, 12, 31), Today);
        Assert.Equal("The date cannot be before the installation ({0}).", early?.Message);
        Assert.Null(EquipmentRules.MoveRefusal(item, to, new DateOnly(2024, 1, 15), Today));
    }

    [Fact]
    public void Moving_keeps_the_position_in_the_same_building_and_drops_it_in_another()
    {
        var item = Extinguisher(new Place(School, Ground.Id, null));
        item.Locate(Wgs84.Point(4.43, 46.80));

        item.MoveTo(new Place(School, First.Id, Classroom.Id), Guid.NewGuid(), null);
        Assert.NotNull(item.Position);
        Assert.Equal(46.80, item.MinLat);

        var siteOfGym = Guid.NewGuid();
        item.MoveTo(new Place(Gym, GymFloor.Id, null), siteOfGym, null);
        Assert.Null(item.Position);
        Assert.Null(item.MinLat);
        Assert.Equal(siteOfGym, item.SiteId);

        item.MoveTo(new Place(School, null, null), Guid.NewGuid(), Wgs84.Point(4.431, 46.801));
        Assert.Equal(46.801, item.MaxLat);
    }

    [Fact]
    public void Retiring_needs_a_reason_and_a_date_neither_future_nor_before_installation()
    {
        var item = Extinguisher(new Place(School, null, null), new DateOnly(2022, 6, 1));

        Assert.Equal("Say why the equipment is retired.", EquipmentRules.RetireRefusal(item, Today, "  ", Today)?.Message);
        Assert.Equal("The date cannot be in the future.", EquipmentRules.RetireRefusal(item, Today.AddDays(3), "Périmé", Today)?.Message);
        Assert.Equal("The date cannot be before the installation ({0}).", EquipmentRules.RetireRefusal(item, new DateOnly(2021, 1, 1), "Périmé", Today)?.Message);
        Assert.Null(EquipmentRules.RetireRefusal(item, Today, "Périmé", Today));
    }

    [Fact]
    public void Retired_equipment_is_neither_retired_again_nor_moved_nor_edited()
    {
        var item = Extinguisher(new Place(School, null, null));
        item.Retire(Today, " Périmé, remplacé ");

        Assert.Equal(EquipmentStatus.Retired, item.Status);
        Assert.Equal("Périmé, remplacé", item.RetirementReason);
        Assert.Equal("This equipment is already retired.", EquipmentRules.RetireRefusal(item, Today, "Encore", Today)?.Message);
        Assert.Equal("Retired equipment cannot be moved.", EquipmentRules.MoveRefusal(item, new Place(Gym, null, null), Today, Today)?.Message);
        Assert.Equal("Retired equipment can no longer be changed.", EquipmentRules.EditRefusal(item)?.Message);
    }

    [Fact]
    public void An_installation_date_in_the_future_is_refused()
    {
        Assert.NotNull(EquipmentRules.InstallationRefusal(Today.AddDays(1), Today));
        Assert.Null(EquipmentRules.InstallationRefusal(Today, Today));
        Assert.Null(EquipmentRules.InstallationRefusal(null, Today));
    }

    [Theory]
    [InlineData(EquipmentKind.Boiler, "heating-ventilation")]
    [InlineData(EquipmentKind.Ventilation, "heating-ventilation")]
    [InlineData(EquipmentKind.Lift, "lifts")]
    [InlineData(EquipmentKind.FireAlarm, "fire-alarm")]
    [InlineData(EquipmentKind.Extinguisher, "extinguishers")]
    [InlineData(EquipmentKind.ElectricalBoard, "electrical")]
    [InlineData(EquipmentKind.GasInstallation, "gas")]
    [InlineData(EquipmentKind.EmergencyLighting, "emergency-lighting")]
    [InlineData(EquipmentKind.PlaygroundItem, "playground")]
    [InlineData(EquipmentKind.Other, "none")]
    public void Each_kind_proposes_its_usual_regulatory_category_whose_code_reads_back(EquipmentKind kind, string code)
    {
        var category = RegulatoryCategories.UsualFor(kind);

        Assert.Equal(code, category.Code());
        Assert.Equal(category, RegulatoryCategories.FromCode(code.ToUpperInvariant()));
    }

    [Fact]
    public void An_unknown_regulatory_code_is_not_read()
    {
        Assert.Null(RegulatoryCategories.FromCode("fire"));
        Assert.Null(RegulatoryCategories.FromCode(null));
    }
}
