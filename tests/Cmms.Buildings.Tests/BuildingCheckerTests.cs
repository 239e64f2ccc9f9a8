using Cmms.Buildings.Buildings;
using Cmms.Directory.Contracts;
using NetTopologySuite.Geometries;

namespace Cmms.Buildings.Tests;

public sealed class BuildingCheckerTests
{
    private static readonly SiteInfo TownHall = new(Guid.NewGuid(), "HDV", "Hôtel de ville", "1 place de la Mairie", 46.80031, 4.42962);
    private static readonly SiteInfo Unplaced = new(Guid.NewGuid(), "SANS-POS", "Site sans position", null, null, null);
    private static readonly SiteInfo School = new(Guid.NewGuid(), "EC-JFERRY", "École Jules-Ferry", null, 46.80412, 4.43518);

    private static BuildingChecker Checker(UserScope? scope = null, params string[] taken) =>
        new([TownHall, Unplaced, School], scope ?? new UserScope(true, new HashSet<Guid>(), true, new HashSet<Guid>()), taken.ToHashSet(), 2026);

    private static BuildingInput Input(Guid? site = null, string code = "HDV-Z", string? geometry = null, string? erpType = null, int? erpCategory = null) =>
        new(site ?? TownHall.Id, code, "Hôtel de ville — extension", null, geometry, null, 2020, erpCategory, erpType, null);

    [Fact]
    public void A_building_given_no_geometry_stands_at_its_sites_position()
    {
        var (values, problems) = Checker().Check(Input());

        Assert.Empty(problems);
        var point = Assert.IsType<Point>(values!.Geometry);
        Assert.Equal((4.42962, 46.80031), (point.X, point.Y));
    }

    [Fact]
    public void Without_a_geometry_nor_a_placed_site_the_building_is_refused()
    {
        var (values, problems) = Checker().Check(Input(Unplaced.Id));

        Assert.Null(values);
        Assert.Equal("Draw the building or place it on the map: its site has no position to fall back on.", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_code_is_put_in_capitals_and_must_be_free()
    {
        Assert.Equal("HDV-Z", Checker().Check(Input(code: " hdv-z ")).Values!.Code);
        Assert.Equal("Another building already has this code.", Assert.Single(Checker(null, "HDV-Z").Check(Input()).Problems).Message);
        Assert.Equal("Code", Assert.Single(Checker().Check(Input(code: "HDV Z!")).Problems).Field);
    }

    [Fact]
    public void A_referent_cannot_put_a_building_on_a_site_they_do_not_answer_for()
    {
        var referent = new UserScope(false, new HashSet<Guid>(), false, new HashSet<Guid> { School.Id });

        Assert.Equal("SiteId", Assert.Single(Checker(referent).Check(Input()).Problems).Field);
        Assert.Empty(Checker(referent).Check(Input(School.Id)).Problems);
    }

    [Fact]
    public void An_unknown_erp_letter_is_explained_once()
    {
        var problem = Assert.Single(Checker().Check(Input(erpType: "Z", erpCategory: 5)).Problems);

        Assert.Equal("ErpType", problem.Field);
        Assert.StartsWith("Unknown ERP type", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ErpType.PA, Checker().Check(Input(erpType: "pa", erpCategory: 5)).Values!.ErpType);
    }

    [Fact]
    public void A_self_intersecting_footprint_is_refused_on_the_geometry_field()
    {
        const string bowTie = """{"type":"Polygon","coordinates":[[[4.43,46.80],[4.431,46.801],[4.431,46.80],[4.43,46.801],[4.43,46.80]]]}""";

        var problem = Assert.Single(Checker().Check(Input(geometry: bowTie)).Problems);

        Assert.Equal(("Geometry", Kernel.Geo.GeometryCheck.SelfIntersection), (problem.Field, problem.Message));
        Assert.Equal("The shape crosses itself.", problem.English);
    }
}
