using Cmms.Buildings.Buildings;

namespace Cmms.Buildings.Tests;

public sealed class ErpRulesTests
{
    private static List<string> Messages(int? category, ErpType? type, int? capacity) =>
        [.. ErpRules.Problems(category, type, capacity).Select(p => p.Message)];

    [Fact]
    public void A_building_that_is_not_an_erp_has_neither_type_nor_category()
    {
        Assert.Empty(Messages(null, null, null));
    }

    [Theory]
    [InlineData(3, null)]
    [InlineData(null, ErpType.R)]
    public void A_type_without_a_category_or_a_category_without_a_type_is_refused(int? category, ErpType? type)
    {
        Assert.Contains("Give both the ERP type and category, or neither when the building is not open to the public.", Messages(category, type, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_category_outside_1_to_5_is_refused(int category)
    {
        Assert.Contains("The ERP category is 1 to 5.", Messages(category, ErpType.W, null));
    }

    [Theory]
    [InlineData(1501, 1)]
    [InlineData(1500, 2)]
    [InlineData(701, 2)]
    [InlineData(700, 3)]
    [InlineData(301, 3)]
    public void Above_300_people_the_capacity_decides_the_category(int capacity, int category)
    {
        Assert.Equal(category, ErpRules.CategoryFor(capacity));
        Assert.Empty(Messages(category, ErpType.L, capacity));
        var wrong = category == 1 ? 2 : category - 1;
        var problem = Assert.Single(ErpRules.Problems(wrong, ErpType.L, capacity));
        Assert.Equal("With {0} people, the ERP category is {1}.", problem.Message);
        Assert.Equal(new object[] { capacity, category }, problem.Arguments);
    }

    [Theory]
    [InlineData(300, 4, true)]
    [InlineData(300, 5, true)]
    [InlineData(40, 5, true)]
    [InlineData(120, 3, false)]
    [InlineData(0, 1, false)]
    public void With_300_people_or_fewer_only_categories_4_and_5_fit(int capacity, int category, bool allowed)
    {
        Assert.Null(ErpRules.CategoryFor(capacity));
        Assert.Equal(allowed, ErpRules.Allows(category, capacity));
        Assert.Equal(allowed, Messages(category, ErpType.R, capacity).Count == 0);
    }

    [Fact]
    public void A_capacity_without_an_erp_classification_is_refused()
    {
        Assert.Contains("A capacity is only given for an ERP: choose its type and category, or clear the capacity.", Messages(null, null, 120));
    }

    [Fact]
    public void A_negative_capacity_is_refused()
    {
        Assert.Contains("The capacity cannot be negative.", Messages(5, ErpType.W, -1));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Categories_1_to_4_are_the_first_group(int category, bool first)
    {
        Assert.Equal(first, ErpRules.IsFirstGroup(category));
    }
}
