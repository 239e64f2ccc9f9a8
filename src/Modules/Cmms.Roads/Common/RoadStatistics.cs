namespace Cmms.Roads.Common;

/// <summary>The module's tables whose planner statistics are refreshed after a bulk load (see <see cref="Kernel.Data.PlannerStatistics"/>).</summary>
internal static class RoadStatistics
{
    public static readonly Type[] Tables = [typeof(Segments.RoadSegment), typeof(Signs.Sign), typeof(StreetLights.StreetLight), typeof(RoadSearchTerm)];
}
