using System.ComponentModel.DataAnnotations;

namespace Cmms.Kernel.Registers;

/// <summary>
/// Taking an asset out of service (a tree felled, a sign removed, a lane closed): it leaves the map, the lists
/// and the search, but stays readable with its history, because work orders and costs refer to it.
/// </summary>
public sealed class RetireForm
{
    public const string NoReason = "Say why it is taken out of service.";

    [StringLength(500)]
    public string? Reason { get; set; }

    public int Version { get; set; }

    /// <summary>Null when the asset is retired (in memory); else the English reason for refusing (a kernel text).</summary>
    public string? Apply(RegisterAsset asset, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            return NoReason;
        }

        asset.RetiredOn = today;
        asset.RetiredReason = Reason.Trim().Length > 500 ? Reason.Trim()[..500] : Reason.Trim();
        return null;
    }
}
