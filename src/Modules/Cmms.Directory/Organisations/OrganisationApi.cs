using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Organisations;

public sealed record OrganisationDto(Guid Id, string Code, string Name, OrganisationKind Kind, string? Siren);

internal static class OrganisationApi
{
    /// <summary>GET /api/v1/organisation: which organisation the caller acts for — the first call a new integration makes.</summary>
    public static void MapOrganisationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("organisation", "Organisation")
            .MapGet("", async Task<Results<Ok<OrganisationDto>, NotFound>> (DbContext db, IOrganisationContext organisation, CancellationToken cancellationToken) =>
                await db.Organisations.AsNoTracking().Where(o => o.Id == organisation.OrganisationId)
                    .Select(o => new OrganisationDto(o.Id, o.Code, o.Name, o.Kind, o.Siren)).FirstOrDefaultAsync(cancellationToken) is { } dto
                    ? TypedResults.Ok(dto)
                    : TypedResults.NotFound())
            .RequireRoles([.. Roles.All, Roles.ApiClient]);
    }
}
