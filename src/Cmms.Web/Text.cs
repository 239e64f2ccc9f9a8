namespace Cmms.Web;

/// <summary>Marker for the host's texts (layout, home, errors): Resources/Text.fr.resx.</summary>
public sealed class Text;
