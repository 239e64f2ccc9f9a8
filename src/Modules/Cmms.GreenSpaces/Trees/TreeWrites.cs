using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Data;
using Cmms.Kernel.Registers;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Trees;

/// <summary>Writing a tree, the same way from the form and the API: numbered, placed in its zone, indexed for search.</summary>
internal static class TreeWrites
{
    /// <summary>Creates the tree; returns it and whether the risk rule raised the risk given.</summary>
    public static async Task<(Tree Tree, bool RiskRaised)> CreateAsync(
        DbContext db, IWriteGate gate, Guid organisationId, TreeForm form, Point position, CancellationToken cancellationToken)
    {
        var tree = new Tree { LatinName = string.Empty, FrenchName = string.Empty };
        var raised = form.ApplyTo(tree, position);
        await PlaceInZoneAsync(db, tree, form.SiteId, cancellationToken);
        await RegisterWrites.AddAsync(db.GreenSearchTerms, db.GreenCounters, gate, organisationId, References.Trees, tree, cancellationToken);
        return (tree, raised);
    }

    /// <summary>The zone under the tree; its site when none was chosen.</summary>
    public static async Task PlaceInZoneAsync(DbContext db, Tree tree, Guid? chosenSite, CancellationToken cancellationToken)
    {
        var (zone, site) = await ZoneFinder.AtAsync(db, tree.Position, cancellationToken);
        tree.ZoneId = zone;
        tree.SiteId = chosenSite ?? site;
    }
}
