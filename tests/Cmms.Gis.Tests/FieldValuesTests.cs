using Cmms.Gis.Import.Mapping;
using Cmms.Kernel.Geo;

namespace Cmms.Gis.Tests;

public sealed class FieldValuesTests
{
    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData(" 1 234,5 ", "1234.5")]
    [InlineData("1\u00A0234,5", "1234.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("-3", "-3")]
    [InlineData("1e3", "1000")]
    public void Numbers_read_the_french_way_and_the_english_way(string cell, string expected)
    {
        Assert.Equal((expected, null), FieldValues.Normalise(FieldType.Number, cell));
    }

    [Theory]
    [InlineData("12,5 m")]
    [InlineData("douze")]
    [InlineData("NaN")]
    [InlineData("1,2,3.4.5")]
    public void A_cell_that_is_not_a_number_is_refused(string cell)
    {
        Assert.Equal((null, FieldValues.NotANumber), FieldValues.Normalise(FieldType.Number, cell));
    }

    [Theory]
    [InlineData("140", "140")]
    [InlineData("140,0", "140")]
    [InlineData("1 400", "1400")]
    public void Whole_numbers_accept_a_zero_fraction(string cell, string expected)
    {
        Assert.Equal((expected, null), FieldValues.Normalise(FieldType.WholeNumber, cell));
    }

    [Fact]
    public void A_fraction_is_not_a_whole_number()
    {
        Assert.Equal((null, FieldValues.NotAWholeNumber), FieldValues.Normalise(FieldType.WholeNumber, "12,5"));
    }

    [Theory]
    [InlineData("15/03/1998", "1998-03-15")]
    [InlineData("5/3/1998", "1998-03-05")]
    [InlineData("1998-03-15", "1998-03-15")]
    [InlineData("1998-03-15T00:00:00", "1998-03-15")]
    [InlineData("15.03.1998", "1998-03-15")]
    [InlineData("15-03-1998", "1998-03-15")]
    public void Dates_read_day_first_or_iso(string cell, string expected)
    {
        Assert.Equal((expected, null), FieldValues.Normalise(FieldType.Date, cell));
    }

    [Theory]
    [InlineData("31/02/2020")]
    [InlineData("03/15/1998")]
    [InlineData("mars 1998")]
    public void Impossible_or_american_dates_are_refused(string cell)
    {
        Assert.Equal((null, FieldValues.NotADate), FieldValues.Normalise(FieldType.Date, cell));
    }

    [Theory]
    [InlineData("oui", "true")]
    [InlineData("Non", "false")]
    [InlineData("x", "true")]
    [InlineData("0", "false")]
    [InlineData("VRAI", "true")]
    [InlineData("no", "false")]
    public void Yes_and_no_read_in_french_and_english(string cell, string expected)
    {
        Assert.Equal((expected, null), FieldValues.Normalise(FieldType.Boolean, cell));
    }

    [Fact]
    public void Empty_cells_are_null_and_text_is_trimmed()
    {
        Assert.Equal((null, null), FieldValues.Normalise(FieldType.Number, "  "));
        Assert.Equal(("Tilia cordata", null), FieldValues.Normalise(FieldType.Text, " Tilia cordata "));
        Assert.Equal((null, FieldValues.NotYesNo), FieldValues.Normalise(FieldType.Boolean, "peut-être"));
    }
}
