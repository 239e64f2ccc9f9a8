using Cmms.Roads.Signs;

namespace Cmms.Roads.Tests;

/// <summary>French road sign codes: a family's letters, a number, an optional variant and index.</summary>
public sealed class SignCodesTests
{
    [Theory]
    [InlineData("B14", "B14", SignFamily.Prescription)]
    [InlineData("b14", "B14", SignFamily.Prescription)]
    [InlineData("AB4", "AB4", SignFamily.Intersection)]
    [InlineData("ab3A", "AB3a", SignFamily.Intersection)]
    [InlineData("A13b", "A13b", SignFamily.Danger)]
    [InlineData("C20a", "C20a", SignFamily.Indication)]
    [InlineData("CE15", "CE15", SignFamily.Services)]
    [InlineData("D21a", "D21a", SignFamily.Direction)]
    [InlineData("E31", "E31", SignFamily.Location)]
    [InlineData("EB10", "EB10", SignFamily.TownLimit)]
    [InlineData("B6a1", "B6a1", SignFamily.Prescription)]
    [InlineData("B21-1", "B21-1", SignFamily.Prescription)]
    [InlineData(" K 2 ", "K2", SignFamily.Temporary)]
    [InlineData("M1", "M1", SignFamily.Plate)]
    public void A_code_is_written_as_the_regulation_writes_it_and_belongs_to_its_family(string typed, string code, SignFamily family)
    {
        Assert.Equal(code, SignCodes.Normalise(typed));
        Assert.Equal(family, SignCodes.FamilyOf(typed));
    }

    [Theory]
    [InlineData("Z99")]
    [InlineData("B")]
    [InlineData("14")]
    [InlineData("ABC1")]
    [InlineData("B14XY")]
    [InlineData("B1234")]
    [InlineData("A-1")]
    [InlineData("")]
    [InlineData(null)]
    public void A_code_of_no_family_or_shape_is_refused(string? typed)
    {
        Assert.Null(SignCodes.Normalise(typed));
        Assert.Null(SignCodes.FamilyOf(typed));
    }

    [Fact]
    public void A_common_sign_has_its_meaning_and_every_listed_code_is_valid_and_listed_once()
    {
        Assert.Equal("Arrêt obligatoire (STOP)", SignCodes.Find("ab4")?.Caption);
        Assert.All(SignCodes.Common, s => Assert.Equal(s.Code, SignCodes.Normalise(s.Code)));
        Assert.Equal(SignCodes.Common.Count, SignCodes.Common.Select(s => s.Code).Distinct().Count());
    }
}
