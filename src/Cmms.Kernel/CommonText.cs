namespace Cmms.Kernel;

/// <summary>Marker for the words every page shares (Save, Cancel, validation messages…): Resources/CommonText.fr.resx.</summary>
public sealed class CommonText;
