using Cmms.GreenSpaces.Trees;

namespace Cmms.GreenSpaces.Tests;

public sealed class TreeRiskRuleTests
{
    [Theory]
    [InlineData(TreeHealth.Dead, true, TreeRisk.High)]
    [InlineData(TreeHealth.Dead, false, TreeRisk.Medium)]
    [InlineData(TreeHealth.Poor, true, TreeRisk.Medium)]
    [InlineData(TreeHealth.Poor, false, TreeRisk.Low)]
    [InlineData(TreeHealth.Fair, true, TreeRisk.Low)]
    [InlineData(TreeHealth.Good, true, TreeRisk.Low)]
    public void The_floor_follows_health_and_what_stands_beneath(TreeHealth health, bool nearTraffic, TreeRisk floor) =>
        Assert.Equal(floor, TreeRiskRule.Floor(health, nearTraffic));

    [Fact]
    public void A_poor_tree_by_a_path_assessed_low_is_recorded_medium() =>
        Assert.Equal(TreeRisk.Medium, TreeRiskRule.Apply(TreeRisk.Low, TreeHealth.Poor, nearTraffic: true));

    [Fact]
    public void A_dead_tree_by_a_path_is_recorded_high_whatever_the_assessment() =>
        Assert.All(Enum.GetValues<TreeRisk>(), assessed => Assert.Equal(TreeRisk.High, TreeRiskRule.Apply(assessed, TreeHealth.Dead, nearTraffic: true)));

    [Fact]
    public void An_assessment_above_the_floor_stands() =>
        Assert.Equal(TreeRisk.High, TreeRiskRule.Apply(TreeRisk.High, TreeHealth.Good, nearTraffic: false));

    [Fact]
    public void A_healthy_tree_keeps_a_low_assessment_even_by_a_path() =>
        Assert.Equal(TreeRisk.Low, TreeRiskRule.Apply(TreeRisk.Low, TreeHealth.Good, nearTraffic: true));
}
