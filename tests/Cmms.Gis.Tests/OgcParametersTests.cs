using Cmms.Gis.Ogc;
using Cmms.Gis.Search;
using Microsoft.AspNetCore.Http;

namespace Cmms.Gis.Tests;

public sealed class OgcParametersTests
{
    private static QueryCollection Query(string query) => new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));

    [Fact]
    public void Without_parameters_a_page_is_the_first_ten_features_of_the_whole_collection()
    {
        Assert.Equal((new OgcParameters(null, 10, 0), (string?)null), OgcParameters.ReadItems(Query(string.Empty)));
    }

    [Theory]
    [InlineData("limit=1", 1)]
    [InlineData("limit=10000", 10_000)]
    [InlineData("limit=10001", 10_000)]
    [InlineData("limit=99999999999", 10_000)]
    public void A_limit_above_the_maximum_is_taken_as_the_maximum(string query, int limit)
    {
        Assert.Equal(limit, OgcParameters.ReadItems(Query(query)).Parameters!.Limit);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=-1")]
    [InlineData("limit=1.5")]
    [InlineData("offset=-1")]
    [InlineData("bbox=1,2,3")]
    [InlineData("bbox=1,2,3,4,5")]
    [InlineData("bbox=3,2,1,4")]
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326")]
    [InlineData("crs=EPSG:2154")]
    [InlineData("datetime=demain")]
    [InlineData("datetime=../..")]
    [InlineData("f=html")]
    [InlineData("properties=label")]
    public void Malformed_or_unknown_parameters_are_refused(string query)
    {
        var (parameters, refusal) = OgcParameters.ReadItems(Query(query));

        Assert.Null(parameters);
        Assert.NotNull(refusal);
    }

    [Fact]
    public void A_3d_bbox_is_read_on_the_ground_and_datetime_intervals_are_accepted()
    {
        var (parameters, refusal) = OgcParameters.ReadItems(Query("bbox=4.4,46.8,0,4.5,46.9,300&offset=20&datetime=2024-01-01T00:00:00Z/..&f=json&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84"));

        Assert.Null(refusal);
        Assert.Equal(new Kernel.Geo.GeoBox(4.4, 46.8, 4.5, 46.9), parameters!.Box);
        Assert.Equal(20, parameters.Offset);
    }

    [Fact]
    public void The_other_resources_accept_only_the_format()
    {
        Assert.Null(OgcParameters.Refusal(Query("f=json"), OgcParameters.Common));
        Assert.NotNull(OgcParameters.Refusal(Query("limit=3"), OgcParameters.Common));
    }

    [Theory]
    [InlineData("Tilleul", "tilleul", 0)]
    [InlineData("Tilleul de la cour", "tilleul", 1)]
    [InlineData("Grand tilleul", "tilleul", 2)]
    [InlineData("Grandtilleul", "tilleul", 3)]
    [InlineData("Érable", "erable", 0)]
    public void Search_ranks_the_label_itself_then_its_start_then_a_word(string label, string text, int rank)
    {
        Assert.Equal(rank, AssetSearch.Rank(label, text));
    }
}
