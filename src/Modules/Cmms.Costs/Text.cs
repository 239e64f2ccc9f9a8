namespace Cmms.Costs;

/// <summary>Marker for the module's texts: English is the key, Resources/Text.fr.resx the French.</summary>
public sealed class Text;
