using Cmms.Kernel.Security;

namespace Cmms.GreenSpaces.Common;

/// <summary>
/// Who reads and who edits the green-space registers. Agents read them in the field; referents read their
/// sites' assets only (AssetScope); managers and administrators draw and edit.
/// </summary>
internal static class Access
{
    public const string Readers = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.FieldAgent},{Roles.Referent}";
    public const string Editors = $"{Roles.Administrator},{Roles.ServiceManager}";

    public static readonly string[] ApiReaders = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.FieldAgent, Roles.Referent];
    public static readonly string[] ApiWriters = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager];

    public static bool CanEdit(ICurrentUser user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ServiceManager);
}
