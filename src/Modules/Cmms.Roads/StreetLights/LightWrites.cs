using Cmms.Kernel.Data;
using Cmms.Kernel.Registers;
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
        await RegisterWrites.AddAsync(db.RoadSearchTerms, db.RoadCounters, gate, organisationId, References.Lights, light, cancellationToken);
        return light;
    }
}
