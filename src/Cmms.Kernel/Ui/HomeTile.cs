using Cmms.Kernel.Security;

namespace Cmms.Kernel.Ui;

/// <summary>A figure on a person's home page: what exists, counted for their role and scope.</summary>
/// <param name="Title">Label (resource key, English).</param>
/// <param name="Url">Where the figure can be explored; null when there is no page for it.</param>
public sealed record HomeTile(string Title, long Value, string? Url, int Order = 0);

/// <summary>Each module answers for the figures of its own tables.</summary>
public interface IHomeTileProvider
{
    Task<IReadOnlyList<HomeTile>> GetTilesAsync(ICurrentUser user, CancellationToken cancellationToken);
}
