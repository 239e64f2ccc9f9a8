namespace Cmms.Kernel.Assets;

/// <summary>
/// Meters of assets (a vehicle's km, a mower's engine hours), answered by the module that records the
/// readings (Fleet). Works' preventive plans read them through this contract to trigger on use.
/// </summary>
public interface IAssetMeters
{
    /// <summary>The meters of an asset and their latest reading; empty when the asset has none.</summary>
    Task<IReadOnlyList<MeterState>> MetersAsync(AssetRef asset, CancellationToken cancellationToken);

    /// <summary>Latest readings of many assets at once (the preventive job reads thousands).</summary>
    Task<IReadOnlyList<MeterState>> LatestAsync(IReadOnlyCollection<AssetRef> assets, CancellationToken cancellationToken);

    /// <summary>The reading of a meter on or before a date (what the meter showed when work was last done).</summary>
    Task<MeterReadingValue?> ReadingOnAsync(AssetRef asset, string meterKind, DateOnly day, CancellationToken cancellationToken);
}

/// <param name="Kind">"km", "engine_hours", "pto_hours"…: the unit of the meter.</param>
public sealed record MeterState(AssetRef Asset, Guid MeterId, string Kind, string Unit, decimal? Value, DateTime? ReadAtUtc);

public sealed record MeterReadingValue(decimal Value, DateTime ReadAtUtc);

/// <summary>Every registered meter source asked at once: each answers for its own module's assets and returns nothing for others.</summary>
public static class AssetMetersExtensions
{
    public static async Task<IReadOnlyList<MeterState>> MetersAsync(this IEnumerable<IAssetMeters> sources, AssetRef asset, CancellationToken cancellationToken)
    {
        var all = new List<MeterState>();
        foreach (var source in sources)
        {
            all.AddRange(await source.MetersAsync(asset, cancellationToken));
        }

        return all;
    }

    public static async Task<IReadOnlyList<MeterState>> LatestAsync(this IEnumerable<IAssetMeters> sources, IReadOnlyCollection<AssetRef> assets, CancellationToken cancellationToken)
    {
        var all = new List<MeterState>();
        foreach (var source in sources)
        {
            all.AddRange(await source.LatestAsync(assets, cancellationToken));
        }

        return all;
    }
}
