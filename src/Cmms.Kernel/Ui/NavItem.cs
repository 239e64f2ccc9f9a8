namespace Cmms.Kernel.Ui;

/// <summary>
/// One entry of the main navigation. Modules contribute theirs through
/// <see cref="INavigationContributor"/>; the layout shows an item only to the roles it names.
/// </summary>
/// <param name="Section">Groups items in the menu (resource key, English).</param>
/// <param name="Text">Label (resource key, English).</param>
public sealed record NavItem(string Section, string Text, string Url, IReadOnlyList<string> Roles, int Order = 0);

public interface INavigationContributor
{
    IEnumerable<NavItem> Items { get; }
}
