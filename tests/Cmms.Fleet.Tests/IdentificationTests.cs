using Cmms.Fleet.Vehicles;

namespace Cmms.Fleet.Tests;

public sealed class IdentificationTests
{
    [Theory]
    [InlineData("AB-123-CD", "AB-123-CD")]
    [InlineData("ab123cd", "AB-123-CD")]
    [InlineData(" gk 042 xz ", "GK-042-XZ")]
    public void A_french_plate_is_written_with_its_dashes(string input, string expected) => Assert.Equal(expected, Identification.Plate(input));

    [Theory]
    [InlineData("AB-000-CD")]
    [InlineData("AI-123-CD")]
    [InlineData("AB-123-CO")]
    [InlineData("UB-123-CD")]
    [InlineData("SS-123-CD")]
    [InlineData("AB-123-SS")]
    [InlineData("1234 AB 71")]
    [InlineData("AB-1234-CD")]
    [InlineData("")]
    public void Plates_the_siv_never_issues_are_refused(string input) => Assert.Null(Identification.Plate(input));

    [Fact]
    public void A_vin_has_seventeen_characters_without_i_o_or_q()
    {
        Assert.Equal("VF1FW0ZBC12345678", Identification.Vin("vf1fw0zbc12345678"));
        Assert.Null(Identification.Vin("VF1FW0ZBC1234567"));
        Assert.Null(Identification.Vin("VF1FW0ZBC1234567O"));
        Assert.Null(Identification.Vin("VF1FW0ZBC1234567Q"));
        Assert.Null(Identification.Vin("VF1FW0ZBI12345678"));
    }

    [Fact]
    public void The_search_key_finds_a_plate_typed_without_dashes_and_a_label_without_accents()
    {
        var vehicle = new Vehicle { InternalNumber = "V-023", Label = "Tondeuse autoportée Kubota", Registration = "GK-042-XZ" };

        vehicle.RefreshSearchKey();

        Assert.Contains("GK042XZ", vehicle.SearchKey, StringComparison.Ordinal);
        Assert.Contains("GK-042-XZ", vehicle.SearchKey, StringComparison.Ordinal);
        Assert.Contains(SearchText.Normalise("autoportee"), vehicle.SearchKey, StringComparison.Ordinal);
    }
}
