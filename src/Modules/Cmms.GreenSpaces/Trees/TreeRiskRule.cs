namespace Cmms.GreenSpaces.Trees;

/// <summary>
/// The floor under an inspector's risk assessment. A tree in poor health or dead can drop branches or fall;
/// what makes it a risk is a target beneath it (a path, a road, a play area). So:
/// a dead tree near a target is at least high risk (it must be made safe), a poor one near a target at
/// least medium, and a dead tree away from any target at least medium (targets move: a new path, a picnic).
/// Otherwise the inspector's assessment stands.
/// </summary>
public static class TreeRiskRule
{
    public static TreeRisk Floor(TreeHealth health, bool nearTraffic) => (health, nearTraffic) switch
    {
        (TreeHealth.Dead, true) => TreeRisk.High,
        (TreeHealth.Dead, false) => TreeRisk.Medium,
        (TreeHealth.Poor, true) => TreeRisk.Medium,
        _ => TreeRisk.Low,
    };

    /// <summary>The risk recorded: the assessment, or the floor when the assessment is below it.</summary>
    public static TreeRisk Apply(TreeRisk assessed, TreeHealth health, bool nearTraffic) =>
        (TreeRisk)Math.Max((int)assessed, (int)Floor(health, nearTraffic));
}
