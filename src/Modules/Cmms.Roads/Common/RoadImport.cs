using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Common;

/// <summary>An inventory file into one of the module's registers (the kernel's register import), sites named as the Directory knows them.</summary>
internal abstract class RoadImport<T>(DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : RegisterImport<T, RoadSearchTerm, RoadCounter>(db, gate, user, text, common)
    where T : RegisterAsset
{
    protected override IReadOnlyCollection<Type> StatisticsTables => RoadStatistics.Tables;

    protected override async Task<IReadOnlyList<ImportSite>> SitesAsync(CancellationToken cancellationToken) =>
        [.. (await directory.SitesAsync(cancellationToken)).Select(s => new ImportSite(s.Id, s.Code, s.Name))];
}
