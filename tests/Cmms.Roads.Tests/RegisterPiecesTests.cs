using System.Globalization;
using Cmms.Kernel;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Registers;
using Cmms.Roads.StreetLights;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Tests;

/// <summary>The kernel's register pieces that Roads and Green spaces share, tested once here with a street light.</summary>
public sealed class RegisterPiecesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void An_inventory_cell_is_read_as_a_french_spreadsheet_writes_it()
    {
        var values = Values(("power", "12,5"), ("mast", "1 234,5"), ("installed", "15/04/2019"), ("led", "oui"), ("lamp", "led"));

        Assert.Equal(12.5m, values.Number("power", 0, 100));
        Assert.Equal(1234.5m, values.Number("mast", 0, 5000));
        Assert.Equal(new DateOnly(2019, 4, 15), values.Date("installed"));
        Assert.True(values.Flag("led"));
        Assert.Equal(LampType.Led, values.Choice<LampType>("lamp"));
        Assert.Empty(values.Problems);
    }

    [Theory]
    [InlineData("1\u00A0234,5")]
    [InlineData("1\u202F234,5")]
    [InlineData("1 234.5")]
    public void Thousands_separated_by_the_spaces_a_french_spreadsheet_writes_are_read(string cell)
    {
        var values = Values(("mast", cell), ("power", cell.Replace(",5", string.Empty, StringComparison.Ordinal).Replace(".5", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(1234.5m, values.Number("mast", 0, 5000));
        Assert.Equal(1234, values.Whole("power", 0, 5000));
        Assert.Empty(values.Problems);
    }

    [Fact]
    public void A_cell_that_cannot_be_read_is_a_reason_naming_its_column_and_never_a_guess()
    {
        var values = Values(("power", "12,5"), ("installed", "avril 2019"), ("lamp", "bougie"));

        Assert.Null(values.Whole("power", 0, 400));
        Assert.Null(values.Date("installed"));
        Assert.Null(values.Choice<LampType>("lamp"));
        Assert.Equal(
            [
                "Power: “12,5” is not a whole number between 0 and 400.",
                "Installed on: “avril 2019” is not a date (15/04/2019 or 2019-04-15).",
                "Lamp: “bougie” is not one of: LampType.Led, LampType.HighPressureSodium, LampType.MetalHalide, LampType.LowPressureSodium, LampType.CompactFluorescent, LampType.MercuryVapour.",
            ],
            values.Problems);
    }

    [Fact]
    public void Retiring_needs_a_reason_and_keeps_at_most_500_characters_of_it()
    {
        var light = new StreetLight();

        Assert.Equal(RetireForm.NoReason, new RetireForm { Reason = "  " }.Apply(light, Today));
        Assert.False(light.IsRetired);

        Assert.Null(new RetireForm { Reason = " " + new string('x', 600) }.Apply(light, Today));
        Assert.Equal(Today, light.RetiredOn);
        Assert.Equal(500, light.RetiredReason!.Length);
    }

    [Fact]
    public void The_term_index_leaves_out_the_series_every_asset_shares_but_a_search_by_number_still_finds_it()
    {
        var light = new StreetLight { Reference = "PL-000123", StreetName = "Rue Pasteur", Cabinet = "ARM-07" };
        light.Reindex();

        Assert.Contains("pl", light.SearchText.Split(' '));
        Assert.DoesNotContain("pl", light.Terms());
        Assert.Contains("000123", light.Terms());
        Assert.Contains("123", light.Terms());
        Assert.All(SearchIndex.TermsOf<Term>(light), t => Assert.Equal(light.Id, t.AssetId));
    }

    [Fact]
    public void A_list_filter_reads_its_status_and_a_query_of_one_letter_finds_nothing()
    {
        Assert.Equal(ListFilter.Active, ListFilter.Of(null, null, "bogus", 0).Status);
        Assert.Equal(1, ListFilter.Of(null, null, null, -3).Page);
        Assert.True(ListFilter.Of("a", null, null, 1).FindsNothing);
        Assert.False(ListFilter.Of("  pasteur ", null, ListFilter.All, 1).FindsNothing);
    }

    [Fact]
    public void A_line_whose_bounds_meet_the_window_but_not_the_line_itself_is_left_out()
    {
        // A diagonal street from south-west to north-east; the window sits in the north-west corner of its bounds.
        var street = Wgs84.Factory.CreateLineString([new(4.430, 46.800), new(4.440, 46.810)]);

        Assert.False(GeoWindow.Meets(street, new GeoBox(4.430, 46.808, 4.432, 46.810)));
        Assert.True(GeoWindow.Meets(street, new GeoBox(4.434, 46.804, 4.436, 46.806)));
    }

    private sealed class Term : AssetSearchTerm;

    private static ImportValues Values(params (string Field, string Value)[] cells)
    {
        var row = new ImportRow(2, null, cells.ToDictionary(c => c.Field, c => (string?)c.Value));
        var labels = new Dictionary<string, string> { ["power"] = "Power", ["installed"] = "Installed on", ["lamp"] = "Lamp" };
        return new ImportValues(row, new English(), new English()) { Label = f => labels.GetValueOrDefault(f, f) };
    }

    /// <summary>Texts as their English keys, formatted: what the messages say before translation.</summary>
    private sealed class English : IStringLocalizer<CommonText>
    {
        public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
