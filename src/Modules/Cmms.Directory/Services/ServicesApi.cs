using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Services;

public sealed record ServiceDto(Guid Id, string Code, string Name, ServiceKind Kind);

internal static class ServicesApi
{
    public static void MapServicesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("services", "Services and teams");
        group.MapGet("", async Task<Ok<List<ServiceDto>>> (DbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Services.AsNoTracking().OrderBy(s => s.Code)
                    .Select(s => new ServiceDto(s.Id, s.Code, s.Name, s.Kind)).ToListAsync(cancellationToken)))
            .RequireRoles([.. Roles.All, Roles.ApiClient]);
    }
}
