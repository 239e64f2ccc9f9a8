using Cmms.Kernel.Security;

namespace Cmms.Kernel.Registers;

/// <summary>
/// Who reads and who edits the registers on a map (green spaces, roads). Agents read them in the field;
/// referents read their sites' assets only (<see cref="RegisterQueries.VisibleTo"/>); managers and
/// administrators draw and edit.
/// </summary>
public static class RegisterAccess
{
    public const string Readers = $"{Roles.Administrator},{Roles.ServiceManager},{Roles.FieldAgent},{Roles.Referent}";
    public const string Editors = $"{Roles.Administrator},{Roles.ServiceManager}";

    public static readonly string[] ApiReaders = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.FieldAgent, Roles.Referent];
    public static readonly string[] ApiWriters = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager];

    public static bool CanEdit(ICurrentUser user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ServiceManager);
}
