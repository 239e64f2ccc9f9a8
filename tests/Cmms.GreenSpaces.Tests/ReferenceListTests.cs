using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;

namespace Cmms.GreenSpaces.Tests;

public sealed class ReferenceListTests
{
    [Fact]
    public void The_species_list_has_at_least_25_species_each_named_once_in_latin_and_in_french()
    {
        Assert.True(SpeciesList.All.Count >= 25);
        Assert.Equal(SpeciesList.All.Count, SpeciesList.All.Select(s => s.LatinName).Distinct().Count());
        Assert.Equal(SpeciesList.All.Count, SpeciesList.All.Select(s => s.FrenchName).Distinct().Count());
    }

    [Theory]
    [InlineData("Platanus × acerifolia", "Platane commun")]
    [InlineData("platane COMMUN", "Platane commun")]
    [InlineData("erable plane", "Érable plane")]
    [InlineData("Tilia cordata", "Tilleul à petites feuilles")]
    [InlineData("Celtis australis", "Micocoulier de Provence")]
    public void A_species_is_found_by_either_name_whatever_the_case_and_accents(string typed, string french) =>
        Assert.Equal(french, SpeciesList.Find(typed)?.FrenchName);

    [Fact]
    public void An_unknown_species_is_not_found() => Assert.Null(SpeciesList.Find("Arbre à saucisses"));

    [Theory]
    [InlineData(PlayType.Swing, "NF EN 1176-1/-2")]
    [InlineData(PlayType.Slide, "NF EN 1176-1/-3")]
    [InlineData(PlayType.Cableway, "NF EN 1176-1/-4")]
    [InlineData(PlayType.Carousel, "NF EN 1176-1/-5")]
    [InlineData(PlayType.Rocking, "NF EN 1176-1/-6")]
    [InlineData(PlayType.SpaceNet, "NF EN 1176-1/-11")]
    [InlineData(PlayType.Sandpit, "NF EN 1176-1")]
    public void Each_kind_of_equipment_has_the_parts_of_nf_en_1176_that_cover_it(PlayType type, string standard) =>
        Assert.Equal(standard, PlayStandards.For(type));
}
