using Cmms.Kernel.Data;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

/// <summary>Adding a light point, the same way from the form and the API: numbered and indexed for search.</summary>
internal static class LightWrites
{
    public static async Task<StreetLight> CreateAsync(DbContext db, IWriteGate gate, Guid organisationId, LightForm form, Point position, CancellationToken cancellationToken)
    {
        var light = new StreetLight();
        form.ApplyTo(light, position);
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            light.Reference = await References.NextAsync(db, organisationId, References.Lights, cancellationToken);
            await SearchIndex.RefreshAsync(db, light, cancellationToken);
            db.StreetLights.Add(light);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return light;
    }
}
