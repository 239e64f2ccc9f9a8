using Cmms.Buildings.Catalog;

namespace Cmms.Buildings.Tests;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("École Jules-Ferry", "ECOLE JULES FERRY")]
    [InlineData("  crèche   Les P'tits  Loups ", "CRECHE LES P TITS LOUPS")]
    [InlineData("Œuvre d’art", "OEUVRE D ART")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Texts_are_folded_without_accents_case_or_punctuation(string? text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    [Fact]
    public void A_term_typed_without_accents_is_found_in_a_key()
    {
        var key = SearchText.Key("EC-JFERRY-A", "École Jules-Ferry — bâtiment principal", null, "12 rue Jules-Ferry");

        Assert.Contains(SearchText.Fold("ecole jules ferry"), key, StringComparison.Ordinal);
        Assert.Contains(SearchText.Fold("Bâtiment"), key, StringComparison.Ordinal);
        Assert.DoesNotContain(SearchText.Fold("maternelle"), key, StringComparison.Ordinal);
    }
}
