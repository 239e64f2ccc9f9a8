using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Time;
using Cmms.Works.Attachments;
using Cmms.Works.Costs;
using Cmms.Works.Field;
using Cmms.Works.Numbering;
using Cmms.Works.Requests;
using Cmms.Works.Routing;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Demo;

/// <summary>The organisation's reference data the generated work hangs on.</summary>
internal sealed record DemoReference(
    Guid OrganisationId, IReadOnlyList<SiteInfo> Sites, IReadOnlyList<ServiceInfo> Services, IReadOnlyList<TeamInfo> Teams,
    IReadOnlyList<AgentInfo> Agents, IReadOnlyList<AgentRateInfo> Rates, IReadOnlyList<SiteReferentInfo> Referents,
    IReadOnlyList<RoutingRule> Rules, Guid DefaultServiceId, string ManagerName, string AgentFallbackName);

/// <summary>
/// Makes a believable history of requests and work orders: each one walks the real workflow (the
/// entities' own MoveTo, so every step is a legal one) at plausible delays, and stops where "now" cuts
/// it — so recent work is still waiting, under way or to confirm, and older work is closed. Hours carry
/// the agent's rate of their day, and every cost is reported as the application would. Deterministic
/// for a given seed; used for the demo city and for the large-city dataset.
/// </summary>
internal sealed class WorkGenerator(Random random, DemoReference reference, DateTime nowUtc)
{
    private static readonly string[] Checklist = ["Sécuriser la zone", "Diagnostiquer", "Réparer", "Vérifier avec le référent"];
    private readonly Dictionary<(string Series, int Year), int> counters = [];
    private readonly Dictionary<Guid, TeamInfo[]> teamsByService = reference.Teams.GroupBy(t => t.ServiceId).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<Guid, AgentInfo[]> agentsByTeam = reference.Agents.Where(a => a.IsActive && a.TeamId is not null).GroupBy(a => a.TeamId!.Value).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<Guid, SiteReferentInfo[]> referentsBySite = reference.Referents.GroupBy(r => r.SiteId).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<Guid, AgentRateInfo[]> ratesByAgent = reference.Rates.GroupBy(r => r.AgentId).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<(Guid Site, RequestCategory Category), InterventionRequest> lastOpen = [];

    public List<InterventionRequest> Requests { get; } = [];
    public List<RequestEvent> RequestEvents { get; } = [];
    public List<WorkOrder> WorkOrders { get; } = [];
    public List<WorkOrderEvent> WorkOrderEvents { get; } = [];
    public List<TimeEntry> TimeEntries { get; } = [];
    public List<PartUsage> Parts { get; } = [];
    public List<ContractorInvoice> Invoices { get; } = [];
    public List<WorkNote> Notes { get; } = [];
    public List<CostEvent> Costs { get; } = [];

    public IReadOnlyDictionary<(string Series, int Year), int> Counters => counters;

    /// <summary>Continues the numbering after the numbers already given.</summary>
    public void StartAfter(IReadOnlyDictionary<(string Series, int Year), int> given)
    {
        foreach (var (key, last) in given)
        {
            counters[key] = Math.Max(counters.GetValueOrDefault(key), last);
        }
    }

    /// <summary>Forgets the rows generated so far (they were saved), keeping the numbering.</summary>
    public void Flush()
    {
        Requests.Clear(); RequestEvents.Clear(); WorkOrders.Clear(); WorkOrderEvents.Clear();
        TimeEntries.Clear(); Parts.Clear(); Invoices.Clear(); Notes.Clear(); Costs.Clear();
        lastOpen.Clear();
    }

    /// <summary><paramref name="count"/> requests submitted between the two instants, in time order, with their work.</summary>
    public void Generate(int count, DateTime fromUtc, DateTime toUtc, double managerCreatedShare = 0.2)
    {
        var span = (toUtc - fromUtc).Ticks;
        var times = Enumerable.Range(0, count).Select(_ => fromUtc + TimeSpan.FromTicks((long)(random.NextDouble() * span))).Order().ToList();
        foreach (var at in times)
        {
            if (random.NextDouble() < managerCreatedShare)
            {
                ManagerWorkOrder(at);
            }
            else
            {
                Request(at);
            }
        }
    }

    private void Request(DateTime submittedAt)
    {
        var site = Pick(reference.Sites);
        var category = Pick(DemoProblems.LikelyFor(site.Code));
        var (title, description) = Pick(DemoProblems.ByCategory[category]);
        var urgency = random.NextDouble() switch { < 0.05 => Urgency.Immediate, < 0.25 => Urgency.High, < 0.85 => Urgency.Normal, _ => Urgency.Low };
        var referent = referentsBySite.TryGetValue(site.Id, out var referents) ? Pick(referents) : null;
        var request = new InterventionRequest
        {
            OrganisationId = reference.OrganisationId, Number = Next(Numbers.Requests, submittedAt), SiteId = site.Id, Category = category, Urgency = urgency,
            Title = title, Description = description, Location = random.NextDouble() < 0.5 ? $"Salle {random.Next(1, 15)}, {(random.Next(2) == 0 ? "rez-de-chaussée" : "1er étage")}" : null,
            Latitude = site.Latitude + ((random.NextDouble() - 0.5) * 0.0008), Longitude = site.Longitude + ((random.NextDouble() - 0.5) * 0.0008),
            ServiceId = Router.Route(reference.Rules, category, site.Id, reference.DefaultServiceId),
            RequesterUserId = referent?.UserId, RequesterName = referent?.DisplayName ?? "Accueil de la mairie",
            RequesterContact = referent is null ? "03 85 00 00 00" : null, Channel = referent is null ? RequestChannel.Phone : RequestChannel.Portal,
            SubmittedAtUtc = submittedAt, DueAtUtc = UrgencyDelays.DueAtUtc(urgency, submittedAt), Status = RequestStatus.Submitted, StatusChangedAtUtc = submittedAt,
            UpdatedAtUtc = submittedAt, UpdatedBy = referent?.DisplayName ?? "Accueil de la mairie",
        };
        Requests.Add(request);
        RequestEvents.Add(new RequestEvent { OrganisationId = reference.OrganisationId, RequestId = request.Id, AtUtc = submittedAt, ByUserId = referent?.UserId, ByName = request.RequesterName, To = RequestStatus.Submitted });

        var decideAt = submittedAt + Delay(urgency == Urgency.Immediate ? 0.3 : 2, urgency == Urgency.Immediate ? 3 : 72);
        if (decideAt > nowUtc)
        {
            Remember(request);
            return;
        }

        if (random.NextDouble() < 0.10)
        {
            RequestStep(request, RequestStatus.InformationRequested, decideAt, null, reference.ManagerName, Pick(DemoProblems.Questions));
            var answerAt = decideAt + Delay(2, 48);
            if (answerAt > nowUtc)
            {
                return;
            }

            RequestStep(request, RequestStatus.Submitted, answerAt, request.RequesterUserId, request.RequesterName, "C'est dans la salle de classe du fond, à gauche du tableau.");
            decideAt = answerAt + Delay(1, 24);
            if (decideAt > nowUtc)
            {
                Remember(request);
                return;
            }
        }

        var roll = random.NextDouble();

        if (roll < 0.07)
        {
            RequestStep(request, RequestStatus.Rejected, decideAt, null, reference.ManagerName, Pick(DemoProblems.Rejections));
            return;
        }

        if (roll < 0.10 && lastOpen.TryGetValue((request.SiteId, request.Category), out var original) && RequestWorkflow.IsOpen(original.Status))
        {
            request.DuplicateOfId = original.Id;
            RequestStep(request, RequestStatus.Duplicate, decideAt, null, reference.ManagerName, original.Number);
            return;
        }

        if (roll < 0.12)
        {
            RequestStep(request, RequestStatus.Withdrawn, decideAt, request.RequesterUserId, request.RequesterName, "Réglé par le gardien.");
            return;
        }

        RequestStep(request, RequestStatus.Validated, decideAt, null, reference.ManagerName, null);
        var order = NewOrder(request.SiteId, request.ServiceId, WorkOrderType.Corrective, UrgencyDelays.Priority(urgency), title, description, decideAt, request.DueAtUtc, request);
        request.WorkOrderId = order.Id;
        Remember(request);
        Progress(order, request, urgency == Urgency.Immediate);
    }

    private void ManagerWorkOrder(DateTime createdAt)
    {
        var service = Pick(reference.Services.Where(s => teamsByService.ContainsKey(s.Id)).ToArray());
        var site = Pick(reference.Sites);
        var category = service.Kind switch { "GreenSpaces" => RequestCategory.GreenSpaces, "Roads" => RequestCategory.Roads, "FleetWorkshop" => RequestCategory.Vehicles, _ => Pick(DemoProblems.LikelyFor("X")) };
        var (title, description) = Pick(DemoProblems.ByCategory[category]);
        var type = random.NextDouble() < 0.5 ? WorkOrderType.Works : WorkOrderType.Corrective;
        var order = NewOrder(site.Id, service.Id, type, Priority.Normal, title, description, createdAt, createdAt + TimeSpan.FromDays(random.Next(5, 30)), null);
        Progress(order, null, false);
    }

    private WorkOrder NewOrder(Guid siteId, Guid serviceId, WorkOrderType type, Priority priority, string title, string description, DateTime at, DateTime due, InterventionRequest? request)
    {
        var team = teamsByService.TryGetValue(serviceId, out var teams) ? Pick(teams) : null;
        var order = new WorkOrder
        {
            OrganisationId = reference.OrganisationId, Number = Next(Numbers.WorkOrders, at), Type = type, Priority = priority, Title = title, Description = description,
            SiteId = siteId, ServiceId = serviceId, TeamId = team?.Id, RequestId = request?.Id, RequesterUserId = request?.RequesterUserId, RequesterName = request?.RequesterName,
            Location = request?.Location, Latitude = request?.Latitude, Longitude = request?.Longitude,
            PlannedStart = DateOnly.FromDateTime(ParisTime.FromUtc(at)).AddDays(random.Next(0, 4)), DueAtUtc = due,
            Status = WorkOrderStatus.Planned, StatusChangedAtUtc = at, CreatedAtUtc = at, UpdatedAtUtc = at, UpdatedBy = reference.ManagerName,
        };
        if (team is not null && agentsByTeam.TryGetValue(team.Id, out var agents))
        {
            foreach (var agent in agents.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                order.Assignments.Add(new WorkOrderAssignment { OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, AgentId = agent.Id });
            }
        }

        if (random.NextDouble() < 0.3)
        {
            order.Tasks.AddRange(Checklist.Select((t, i) => new WorkOrderTask
            {
                OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, Position = i + 1, Label = t,
            }));
        }

        WorkOrders.Add(order);
        WorkOrderEvents.Add(new WorkOrderEvent { OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, AtUtc = at, ByName = reference.ManagerName, To = WorkOrderStatus.Planned });
        if (order.TeamId is not null)
        {
            OrderStep(order, null, WorkOrderStatus.Assigned, at, reference.ManagerName, null);
        }

        return order;
    }

    /// <summary>Walks the work order on from assignment until now cuts it: start, maybe a hold, hours, done, closed.</summary>
    private void Progress(WorkOrder order, InterventionRequest? request, bool urgent)
    {
        if (order.Status != WorkOrderStatus.Assigned)
        {
            return;
        }

        var agent = order.Assignments.Count > 0 ? reference.Agents.First(a => a.Id == order.Assignments[0].AgentId).FullName : reference.AgentFallbackName;
        var at = order.StatusChangedAtUtc + (urgent ? Delay(0.2, 2) : Delay(2, 120));
        if (at > nowUtc)
        {
            return;
        }

        OrderStep(order, request, WorkOrderStatus.InProgress, at, agent, null);
        var started = at;
        if (random.NextDouble() < 0.12)
        {
            at += Delay(1, 24);
            if (at > nowUtc)
            {
                return;
            }

            var reason = random.NextDouble() < 0.6 ? HoldReason.WaitingForParts : HoldReason.WaitingForContractor;
            OrderStep(order, request, WorkOrderStatus.OnHold, at, agent, reason == HoldReason.WaitingForParts ? "Pièce commandée chez le fournisseur." : "Intervention du prestataire à planifier.", reason);
            at += Delay(24, 240);
            if (at > nowUtc)
            {
                return;
            }

            OrderStep(order, request, WorkOrderStatus.InProgress, at, agent, null);
        }

        var doneAt = at + Delay(1, 60);
        Work(order, started, doneAt < nowUtc ? doneAt : nowUtc);
        if (doneAt > nowUtc)
        {
            return;
        }

        order.Report = Pick(DemoProblems.Reports);
        OrderStep(order, request, WorkOrderStatus.Done, doneAt, agent, null);
        var closeAt = doneAt + Delay(2, 160);
        if (request is not null && random.NextDouble() < 0.05 && closeAt < nowUtc)
        {
            OrderStep(order, request, WorkOrderStatus.InProgress, closeAt, request.RequesterName, "La fuite a repris ce matin.");
            doneAt = closeAt + Delay(2, 48);
            if (doneAt > nowUtc)
            {
                return;
            }

            OrderStep(order, request, WorkOrderStatus.Done, doneAt, agent, null);
            closeAt = doneAt + Delay(2, 160);
        }

        if (closeAt > nowUtc)
        {
            return;
        }

        var byReferent = request is not null && random.NextDouble() < 0.8;
        OrderStep(order, request, WorkOrderStatus.Closed, byReferent ? closeAt : doneAt + TimeSpan.FromDays(WorksSettings.DefaultAutoCloseDays),
            request is null ? reference.ManagerName : byReferent ? request.RequesterName : "Clôture automatique",
            request is not null && !byReferent ? $"Non confirmée sous {WorksSettings.DefaultAutoCloseDays} jours" : null);
        foreach (var assignment in order.Assignments)
        {
            assignment.State = AssignmentState.Ended;
        }
    }

    /// <summary>Hours on each working day of the work, parts now and then, a contractor's invoice rarely.</summary>
    private void Work(WorkOrder order, DateTime fromUtc, DateTime toUtc)
    {
        var agents = order.Assignments.Select(a => a.AgentId).ToList();
        if (agents.Count > 0)
        {
            var day = DateOnly.FromDateTime(ParisTime.FromUtc(fromUtc));
            var last = DateOnly.FromDateTime(ParisTime.FromUtc(toUtc));
            for (var d = 0; day.AddDays(d) <= last && d < 3; d++)
            {
                foreach (var agentId in agents)
                {
                    var date = day.AddDays(d);
                    if (!ratesByAgent.TryGetValue(agentId, out var rates) || DirectoryRates.HourlyCostOn(rates, agentId, date) is not { } rate)
                    {
                        continue;
                    }

                    var entry = new TimeEntry
                    {
                        OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, AgentId = agentId, WorkDate = date,
                        Hours = random.Next(2, 17) * 0.25m, Kind = random.NextDouble() < 0.06 ? HoursKind.Overtime : random.NextDouble() < 0.03 ? HoursKind.OnCall : HoursKind.Normal,
                        HourlyCost = rate, EnteredBy = reference.AgentFallbackName, EnteredAtUtc = toUtc,
                    };
                    TimeEntries.Add(entry);
                    Costs.Add(CostEvents.ForHours(entry, order, toUtc));
                }
            }
        }

        if (random.NextDouble() < 0.35)
        {
            var (label, unit, cost) = Pick(DemoProblems.Parts);
            var part = new PartUsage
            {
                OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, Label = label, Unit = unit, UnitCost = cost, Quantity = random.Next(1, 5),
                UsedOn = DateOnly.FromDateTime(ParisTime.FromUtc(toUtc)), EnteredBy = reference.AgentFallbackName, EnteredAtUtc = toUtc,
            };
            Parts.Add(part);
            Costs.Add(CostEvents.ForPart(part, order, toUtc));
        }

        if (random.NextDouble() < 0.04)
        {
            order.Contractor = Pick(["SARL Brune Plomberie", "Élec Services 71", "Serrurerie Martin", "Élagage du Morvan"]);
            var invoice = new ContractorInvoice
            {
                OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, Contractor = order.Contractor, InvoiceNumber = $"F{random.Next(10000, 99999)}",
                InvoiceDate = DateOnly.FromDateTime(ParisTime.FromUtc(toUtc)), Amount = random.Next(15000, 250000) / 100m, EnteredBy = reference.ManagerName, EnteredAtUtc = toUtc,
            };
            Invoices.Add(invoice);
            Costs.Add(CostEvents.ForInvoice(invoice, order, toUtc));
        }

        if (random.NextDouble() < 0.2)
        {
            Notes.Add(new WorkNote { OrganisationId = reference.OrganisationId, WorkOrderId = order.Id, Text = "Accès par le portail arrière, clé chez le gardien.", ByName = reference.AgentFallbackName, AtUtc = fromUtc });
        }
    }

    private void OrderStep(WorkOrder order, InterventionRequest? request, WorkOrderStatus to, DateTime at, string by, string? comment, HoldReason? hold = null)
    {
        var from = order.Status;
        WorkOrderEvents.Add(order.MoveTo(to, at, null, by, comment, hold));
        order.UpdatedAtUtc = at;
        order.UpdatedBy = by;
        if (request?.FollowWorkOrder(from, to, at, null, by, comment) is { } step)
        {
            RequestEvents.Add(step);
            request.UpdatedAtUtc = at;
            request.UpdatedBy = by;
        }
    }

    private void RequestStep(InterventionRequest request, RequestStatus to, DateTime at, Guid? byUserId, string by, string? comment)
    {
        RequestEvents.Add(request.MoveTo(to, at, byUserId, by, comment));
        request.UpdatedAtUtc = at;
        request.UpdatedBy = by;
    }

    private void Remember(InterventionRequest request) => lastOpen[(request.SiteId, request.Category)] = request;

    private string Next(string series, DateTime atUtc)
    {
        var key = (series, YearlyNumbers.YearOf(atUtc));
        counters[key] = counters.GetValueOrDefault(key) + 1;
        return YearlyNumbers.Format(series, key.Item2, counters[key]);
    }

    private TimeSpan Delay(double minHours, double maxHours) => TimeSpan.FromHours(minHours + (random.NextDouble() * (maxHours - minHours)));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
