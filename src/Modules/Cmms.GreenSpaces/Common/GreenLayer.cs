using Cmms.Directory.Contracts;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cmms.GreenSpaces.Common;

/// <summary>The module's map layers: the kernel's register layer, scoped by the Directory to the sites the person reaches.</summary>
internal abstract class GreenLayer<T, TRow>(DbContext db, IUserScopeProvider scopes, ICurrentUser user) : RegisterLayer<T, TRow>(db)
    where T : RegisterAsset
    where TRow : IFeatureRow
{
    public override string ModuleName => GreenSpacesModule.Name;

    protected override async Task<ISiteScope> ScopeAsync(CancellationToken cancellationToken) => await scopes.GetAsync(user, cancellationToken);
}
