using Cmms.Directory.Contracts;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Cmms.Works.Attachments;
using Cmms.Works.Notifications;
using Cmms.Works.Numbering;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;
using ImageMagick;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Demo;

/// <summary>
/// The demo city's year of work: routing rules, a few hundred requests and work orders in every state
/// over the last twelve months, with hours, parts, invoices, photos and the notifications still unread.
/// </summary>
internal sealed class WorksDemoSeeder(
    DbContext db, IOrganisationContext organisation, IOrganisationList organisations, IDirectory directory, ISiteReferents siteReferents,
    PhotoReader photos, IClock clock, IConfiguration configuration) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var org in await organisations.AllAsync(cancellationToken))
        {
            using (organisation.Use(org.Id))
            {
                var requests = db.Requests;
                if (await requests.AnyAsync(cancellationToken))
                {
                    continue;
                }

                var reference = await PrepareAsync(org, cancellationToken);
                if (reference is null)
                {
                    continue;
                }

                var now = clock.UtcNow;
                var generator = new WorkGenerator(new Random(StableSeed(org.Code)), reference, now);
                var count = configuration.GetValue("Demo:Works:Requests", 360) / (org.Code == "VALBRUNE" ? 1 : 4);

                // A year of history, and the last three weeks busier: that is where work is still open.
                generator.Generate(count * 7 / 10, now.AddDays(-365), now.AddDays(-21));
                generator.Generate(count * 3 / 10, now.AddDays(-21), now.AddMinutes(-30));
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                Add(generator);
                AddPhotos(generator, now);
                await AddNotificationsAsync(generator, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The organisation's settings and routing rules, and the reference data the generator draws from.</summary>
    internal async Task<DemoReference?> PrepareAsync(OrganisationInfo org, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        if (services.Count == 0 || sites.Count == 0)
        {
            return null;
        }

        Guid? Of(string kind) => services.FirstOrDefault(s => s.Kind == kind)?.Id;
        var buildings = Of("Buildings") ?? services[0].Id;
        var settings = await db.WorksSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new WorksSettings { OrganisationId = org.Id, DefaultServiceId = buildings };
            db.WorksSettings.Add(settings);
            var rules = new List<RoutingRule>();
            void Rule(RequestCategory? category, Guid? site, Guid? service)
            {
                if (service is { } id)
                {
                    rules.Add(new RoutingRule { OrganisationId = org.Id, Category = category, SiteId = site, ServiceId = id });
                }
            }

            Rule(RequestCategory.GreenSpaces, null, Of("GreenSpaces"));
            Rule(RequestCategory.Roads, null, Of("Roads"));
            Rule(RequestCategory.Vehicles, null, Of("FleetWorkshop"));
            foreach (var site in sites.Where(s => s.Code.StartsWith("PARC", StringComparison.Ordinal) || s.Code.StartsWith("CIM", StringComparison.Ordinal)))
            {
                Rule(null, site.Id, Of("GreenSpaces"));
                Rule(RequestCategory.Electricity, site.Id, buildings);
            }

            db.RoutingRules.AddRange(rules);
            await db.SaveChangesAsync(cancellationToken);
        }

        var agents = await directory.AgentsAsync(cancellationToken);
        var managers = await directory.ManagersOfServiceAsync(settings.DefaultServiceId, cancellationToken);
        return new DemoReference(
            org.Id, sites, services, await directory.TeamsAsync(cancellationToken), agents,
            await directory.RatesAsync([.. agents.Select(a => a.Id)], cancellationToken), await siteReferents.AllAsync(cancellationToken),
            await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken), settings.DefaultServiceId,
            managers.Count > 0 ? managers[0].DisplayName : "Responsable de service", agents.FirstOrDefault(a => a.UserId is not null)?.FullName ?? "Agent");
    }

    internal void Add(WorkGenerator generator)
    {
        db.Requests.AddRange(generator.Requests);
        db.RequestEvents.AddRange(generator.RequestEvents);
        db.WorkOrders.AddRange(generator.WorkOrders);
        db.WorkOrderEvents.AddRange(generator.WorkOrderEvents);
        db.TimeEntries.AddRange(generator.TimeEntries);
        db.PartUsages.AddRange(generator.Parts);
        db.ContractorInvoices.AddRange(generator.Invoices);
        db.WorkNotes.AddRange(generator.Notes);
        db.CostEvents.AddRange(generator.Costs);
    }

    /// <summary>The counters continue after the generated numbers.</summary>
    internal void AddCounters(WorkGenerator generator, Guid organisationId)
    {
        foreach (var ((series, year), last) in generator.Counters)
        {
            db.Set<Counter>().Add(new Counter { OrganisationId = organisationId, Series = series, Year = year, Last = last });
        }
    }

    /// <summary>Recent requests from the portal come with a photo, as they would from a phone.</summary>
    private void AddPhotos(WorkGenerator generator, DateTime now)
    {
        AddCounters(generator, generator.Requests.FirstOrDefault()?.OrganisationId ?? Guid.Empty);
        var samples = new[] { MagickColors.SteelBlue, MagickColors.IndianRed, MagickColors.OliveDrab }.Select(Sample).ToArray();
        var index = 0;
        foreach (var request in generator.Requests.Where(r => r.Channel == RequestChannel.Portal && r.SubmittedAtUtc > now.AddDays(-90)).Where((_, i) => i % 5 == 0))
        {
            var photo = samples[index++ % samples.Length];
            db.Attachments.Add(photo.ToAttachment(AttachmentStage.Request, new Actor(request.RequesterUserId, request.RequesterName), request.SubmittedAtUtc, request.Id, request.WorkOrderId));
        }
    }

    private Photo Sample(MagickColor colour, int index)
    {
        using var image = new MagickImage(colour, 640, 480) { Format = MagickFormat.Jpeg };
        using var patch = new MagickImage(MagickColors.White, 280, 240);
        image.Composite(patch, 80 + (index * 60), 120, CompositeOperator.Over);
        return photos.Read(image.ToByteArray(), $"photo-{index + 1}.jpg").Photo!;
    }

    /// <summary>What each demo person still has to look at: new requests for managers, work to confirm for referents, new work for agents.</summary>
    private async Task AddNotificationsAsync(WorkGenerator generator, DateTime now, CancellationToken cancellationToken)
    {
        var managers = new Dictionary<Guid, IReadOnlyList<PersonInfo>>();
        foreach (var request in generator.Requests.Where(r => r.SubmittedAtUtc > now.AddDays(-30)))
        {
            if (request.Status == RequestStatus.Submitted)
            {
                if (!managers.TryGetValue(request.ServiceId, out var people))
                {
                    managers[request.ServiceId] = people = await directory.ManagersOfServiceAsync(request.ServiceId, cancellationToken);
                }

                foreach (var manager in people)
                {
                    Notify(manager.UserId, NotificationKind.NewRequest, request.Number, request.Title, null, WorksUrls.Request(request.Id), request.SubmittedAtUtc);
                }
            }
            else if (request.RequesterUserId is { } referent && request.Status is RequestStatus.Done or RequestStatus.InformationRequested or RequestStatus.Rejected)
            {
                var kind = request.Status switch
                {
                    RequestStatus.Done => NotificationKind.WorkDone,
                    RequestStatus.InformationRequested => NotificationKind.InformationRequested,
                    _ => NotificationKind.RequestRejected,
                };
                Notify(referent, kind, request.Number, request.Title, request.LastReason, WorksUrls.Request(request.Id), request.StatusChangedAtUtc);
            }
        }

        var agentUsers = (await directory.AgentsAsync(cancellationToken)).Where(a => a.UserId is not null).ToDictionary(a => a.Id, a => a.UserId!.Value);
        foreach (var order in generator.WorkOrders.Where(w => w.Status == WorkOrderStatus.Assigned))
        {
            foreach (var assignment in order.Assignments.Where(a => agentUsers.ContainsKey(a.AgentId)))
            {
                Notify(agentUsers[assignment.AgentId], NotificationKind.Assigned, order.Number, order.Title, null, WorksUrls.WorkOrder(order.Id), order.StatusChangedAtUtc);
            }
        }
    }

    // Demo notifications are history: they are shown in the application, never mailed.
    private void Notify(Guid userId, NotificationKind kind, string subject, string title, string? detail, string url, DateTime at) =>
        db.Notifications.Add(new Notification
        {
            UserId = userId, Kind = kind, Subject = subject, Title = title, Detail = detail, Url = url, CreatedAtUtc = at, Mail = MailState.None,
        });

    private static int StableSeed(string code) => code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
