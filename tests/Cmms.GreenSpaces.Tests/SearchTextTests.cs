using Cmms.GreenSpaces.Trees;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Geo;

namespace Cmms.GreenSpaces.Tests;

/// <summary>How assets are written into the term index and how a query reads it.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Text_is_lower_case_without_accents_and_words_are_split_on_anything_else() =>
        Assert.Equal("erable plane rue emile zola coeur arb 000123", SearchText.Normalise("Érable plane", "— Rue Émile-Zola,", "Cœur", "ARB-000123"));

    [Fact]
    public void Terms_leave_out_one_letter_words_stop_words_and_repeats() =>
        Assert.Equal(["allee", "tilleuls", "30"], SearchText.Terms("allee des tilleuls a 30 tilleuls"));

    [Theory]
    [InlineData("tilleul", "tilleul", "tilleum")]
    [InlineData("b19", "b19", "b2")]
    [InlineData("az", "az", "b")]
    [InlineData("zz", "zz", null)]
    public void A_prefix_is_the_range_from_itself_to_the_next_string_of_letters_and_digits(string prefix, string from, string? to) =>
        Assert.Equal((from, to), SearchText.PrefixRange(prefix));

    [Fact]
    public void The_longest_word_of_a_query_is_sought_first() =>
        Assert.Equal(["tilleul", "hugo"], SearchText.QueryWords("Hugo TILLEUL"));

    [Fact]
    public void A_tree_is_found_by_its_number_without_the_zeros()
    {
        var tree = new Tree { LatinName = "Tilia cordata", FrenchName = "Tilleul à petites feuilles", Reference = "ARB-000123", Location = "Avenue Victor-Hugo" };

        tree.Reindex();

        Assert.Equal("arb 000123 123 tilleul a petites feuilles tilia cordata avenue victor hugo", tree.SearchText);
    }

    [Fact]
    public void A_pasted_feature_gives_its_geometry_and_bad_text_gives_none()
    {
        Assert.True(GeometryText.TryRead("""{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[4.44,46.8]}}""", out var point));
        Assert.Equal(4.44, point!.Coordinate.X);
        Assert.Equal(Wgs84.Srid, point.SRID);
        Assert.False(GeometryText.TryRead("POINT(4.44 46.8)", out _));
    }
}
