namespace Cmms.GreenSpaces.Common;

/// <summary>The module's tables whose planner statistics are refreshed after a bulk load (see <see cref="Kernel.Data.PlannerStatistics"/>).</summary>
internal static class GreenStatistics
{
    public static readonly Type[] Tables = [typeof(Zones.Zone), typeof(Trees.Tree), typeof(PlayEquipment.PlayItem), typeof(GreenSearchTerm)];
}
