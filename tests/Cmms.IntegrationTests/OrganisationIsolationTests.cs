using System.Net;
using Cmms.Database;
using Cmms.Directory.Demo;
using Cmms.Testing;
using Cmms.Testing.Gis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.IntegrationTests;

/// <summary>
/// Nothing of one organisation is visible or changeable from another, on any endpoint. Every
/// endpoint the app maps must appear in <see cref="Probes"/> (or in <see cref="NotOrganisationData"/>
/// with its reason): a new endpoint that is not listed fails <see cref="Every_endpoint_is_probed_for_isolation"/>.
/// </summary>
/// <remarks>The app carries the GIS test layers (<see cref="GisApps"/>) until the asset modules bring their own.</remarks>
public sealed class OrganisationIsolationTests(GisApps apps) : IClassFixture<GisApps>
{
    /// <summary>Text only the city's data contains: employee numbers, names, a site, a service, its key prefix, a referent, a vehicle, a building, its park, an avenue, a store and a delivery note.</summary>
    private static readonly string[] CityMarkers = ["VB-0", "Jules-Ferry", "Service Bâtiments", "demoville", "referent.ecole@valbrune.fr", "Karim Haddad", "Schmidt Swingo", "HDV-A", "Parc de la Brune", "Avenue Victor-Hugo", "Magasin de l'atelier mécanique", "BL-20417"];

    /// <summary>Method and route pattern → the URL to try with the city's ids (the caller acts for the agglomeration).</summary>
    private static readonly Dictionary<string, Func<DemoIds, string>> Probes = new()
    {
        ["GET /"] = _ => "/",
        ["GET admin/users"] = _ => "/admin/users",
        ["GET admin/users/new"] = _ => "/admin/users/new",
        ["GET admin/users/{id:guid}"] = city => $"/admin/users/{city.User}",
        ["POST admin/users/{id:guid}"] = city => $"/admin/users/{city.User}",
        ["POST admin/users/{id:guid}/unlock"] = city => $"/admin/users/{city.User}/unlock",
        ["GET admin/services"] = _ => "/admin/services",
        ["GET admin/services/new"] = _ => "/admin/services/new",
        ["GET admin/services/{id:guid}"] = city => $"/admin/services/{city.Service}",
        ["POST admin/services/{id:guid}"] = city => $"/admin/services/{city.Service}",
        ["GET admin/teams"] = _ => "/admin/teams",
        ["GET admin/teams/new"] = _ => "/admin/teams/new",
        ["GET admin/teams/{id:guid}"] = city => $"/admin/teams/{city.Team}",
        ["POST admin/teams/{id:guid}"] = city => $"/admin/teams/{city.Team}",
        ["GET admin/trades"] = _ => "/admin/trades",
        ["GET admin/trades/{id:guid}"] = city => $"/admin/trades/{city.Trade}",
        ["POST admin/trades/{id:guid}"] = city => $"/admin/trades/{city.Trade}",
        ["GET agents"] = _ => "/agents",
        ["GET agents/new"] = _ => "/agents/new",
        ["GET agents/{id:guid}"] = city => $"/agents/{city.Agent}",
        ["POST agents/{id:guid}"] = city => $"/agents/{city.Agent}",
        ["POST agents/{id:guid}/rates"] = city => $"/agents/{city.Agent}/rates",
        ["POST agents/{id:guid}/rates/{rateId:guid}/delete"] = city => $"/agents/{city.Agent}/rates/{city.Rate}/delete",
        ["GET sites"] = _ => "/sites",
        ["GET sites/new"] = _ => "/sites/new",
        ["GET sites/{id:guid}"] = city => $"/sites/{city.Site}",
        ["POST sites/{id:guid}"] = city => $"/sites/{city.Site}",
        ["GET admin/api-keys"] = _ => "/admin/api-keys",
        ["POST admin/api-keys/{id:guid}/revoke"] = city => $"/admin/api-keys/{city.ApiKey}/revoke",
        ["GET admin/organisation"] = _ => "/admin/organisation",
        ["GET account/password"] = _ => "/account/password",
        ["GET api/v1/organisation"] = _ => "/api/v1/organisation",
        ["GET api/v1/services"] = _ => "/api/v1/services",
        ["GET api/v1/teams"] = _ => "/api/v1/teams",
        ["GET api/v1/agents"] = _ => "/api/v1/agents?pageSize=200",
        ["GET api/v1/agents/{id:guid}"] = city => $"/api/v1/agents/{city.Agent}",
        ["GET api/v1/sites"] = _ => "/api/v1/sites?pageSize=200",
        ["GET api/v1/sites/{id:guid}"] = city => $"/api/v1/sites/{city.Site}",
        ["PUT api/v1/sites/{id:guid}"] = city => $"/api/v1/sites/{city.Site}",
        // Works — manager (inbox, decisions, work orders, routing)
        ["GET inbox"] = _ => "/inbox",
        ["GET inbox/{id:guid}"] = city => $"/inbox/{city.Request}",
        ["POST inbox/{id:guid}/validate"] = city => $"/inbox/{city.Request}/validate",
        ["POST inbox/{id:guid}/reject"] = city => $"/inbox/{city.Request}/reject",
        ["POST inbox/{id:guid}/ask"] = city => $"/inbox/{city.Request}/ask",
        ["POST inbox/{id:guid}/duplicate"] = city => $"/inbox/{city.Request}/duplicate",
        ["GET work-orders"] = _ => "/work-orders",
        ["GET work-orders/new"] = _ => "/work-orders/new",
        ["GET work-orders/{id:guid}"] = city => $"/work-orders/{city.WorkOrder}",
        ["POST work-orders/{id:guid}/move"] = city => $"/work-orders/{city.WorkOrder}/move",
        ["POST work-orders/{id:guid}/assignment"] = city => $"/work-orders/{city.WorkOrder}/assignment",
        ["POST work-orders/{id:guid}/invoices"] = city => $"/work-orders/{city.WorkOrder}/invoices",
        ["GET admin/routing"] = city => $"/admin/routing?category=Plumbing&site={city.Site}",
        // Works — maintenance plans and forecast
        ["GET plans"] = _ => "/plans",
        ["GET plans/new"] = _ => "/plans/new",
        ["POST plans/new"] = _ => "/plans/new",
        ["GET plans/{id:guid}"] = city => $"/plans/{city.Plan}",
        ["GET plans/{id:guid}/edit"] = city => $"/plans/{city.Plan}/edit",
        ["POST plans/{id:guid}/edit"] = city => $"/plans/{city.Plan}/edit",
        ["GET plans/assets"] = _ => "/plans/assets?q=e",
        ["POST plans/assets/within"] = _ => "/plans/assets/within",
        ["GET plans/forecast"] = city => $"/plans/forecast?service={city.Service}&team={city.Team}",
        ["POST plans/forecast/feeds/{teamId:guid}"] = city => $"/plans/forecast/feeds/{city.Team}",
        // Works — statutory inspections
        ["GET statutory/types"] = _ => "/statutory/types",
        ["POST statutory/types"] = _ => "/statutory/types",
        ["POST statutory/types/usual"] = _ => "/statutory/types/usual",
        ["GET statutory/inspections/new"] = _ => "/statutory/inspections/new",
        ["POST statutory/inspections/new"] = _ => "/statutory/inspections/new",
        ["GET statutory/inspections/{id:guid}"] = city => $"/statutory/inspections/{city.Inspection}",
        ["GET statutory/inspections/{id:guid}/report"] = city => $"/statutory/inspections/{city.Inspection}/report",
        ["POST statutory/observations/{id:guid}/lift"] = city => $"/statutory/observations/{city.Observation}/lift",
        ["GET statutory/compliance"] = city => $"/statutory/compliance?site={city.Site}",
        ["GET admin/routing/rules/{id:guid}"] = city => $"/admin/routing/rules/{city.Service}",
        ["POST admin/routing/rules/{id:guid}"] = city => $"/admin/routing/rules/{city.Service}",
        ["POST admin/routing/rules/{id:guid}/delete"] = city => $"/admin/routing/rules/{city.Service}/delete",
        // Works — referent portal
        ["GET requests"] = _ => "/requests",
        ["GET requests/new"] = _ => "/requests/new",
        ["POST requests/new"] = _ => "/requests/new",
        ["GET requests/similar"] = city => $"/requests/similar?siteId={city.Site}&category=Plumbing",
        ["GET requests/{id:guid}"] = city => $"/requests/{city.Request}",
        ["POST requests/{id:guid}/answer"] = city => $"/requests/{city.Request}/answer",
        ["POST requests/{id:guid}/withdraw"] = city => $"/requests/{city.Request}/withdraw",
        ["POST requests/{id:guid}/confirm"] = city => $"/requests/{city.Request}/confirm",
        ["POST requests/{id:guid}/reopen"] = city => $"/requests/{city.Request}/reopen",
        ["GET attachments/{id:guid}"] = city => $"/attachments/{city.Attachment}",
        ["GET attachments/{id:guid}/thumbnail"] = city => $"/attachments/{city.Attachment}/thumbnail",

        // Works — notifications (the caller's own, in the organisation they act for; read-all and the choice of mails touch only the caller's rows)
        ["GET notifications"] = _ => "/notifications",
        ["POST notifications/{id:guid}/read"] = city => $"/notifications/{city.Notification}/read",
        ["POST notifications/read-all"] = _ => "/notifications/read-all",
        ["GET account/notifications"] = _ => "/account/notifications",
        ["POST account/notifications"] = _ => "/account/notifications",
        // Works — API
        ["GET api/v1/requests"] = _ => "/api/v1/requests?pageSize=200",
        ["GET api/v1/requests/{id:guid}"] = city => $"/api/v1/requests/{city.Request}",
        ["GET api/v1/requests/{id:guid}/photos"] = city => $"/api/v1/requests/{city.Request}/photos",
        ["POST api/v1/requests/{id:guid}/photos"] = city => $"/api/v1/requests/{city.Request}/photos",
        ["GET api/v1/work-orders"] = _ => "/api/v1/work-orders?pageSize=200",
        ["GET api/v1/work-orders/{id:guid}"] = city => $"/api/v1/work-orders/{city.WorkOrder}",
        ["GET api/v1/work-orders/{id:guid}/hours"] = city => $"/api/v1/work-orders/{city.WorkOrder}/hours",
        ["POST api/v1/work-orders/{id:guid}/hours"] = city => $"/api/v1/work-orders/{city.WorkOrder}/hours",
        // Works — field agent
        ["GET my-work"] = _ => "/my-work",
        ["GET my-work/{id:guid}"] = city => $"/my-work/{city.WorkOrder}",
        ["POST my-work/{id:guid}/start"] = city => $"/my-work/{city.WorkOrder}/start",
        ["POST my-work/{id:guid}/hold"] = city => $"/my-work/{city.WorkOrder}/hold",
        ["POST my-work/{id:guid}/finish"] = city => $"/my-work/{city.WorkOrder}/finish",
        ["POST my-work/{id:guid}/timer/start"] = city => $"/my-work/{city.WorkOrder}/timer/start",
        ["POST my-work/{id:guid}/timer/stop"] = city => $"/my-work/{city.WorkOrder}/timer/stop",
        ["POST my-work/{id:guid}/hours"] = city => $"/my-work/{city.WorkOrder}/hours",
        ["POST my-work/{id:guid}/notes"] = city => $"/my-work/{city.WorkOrder}/notes",
        ["POST my-work/{id:guid}/photos"] = city => $"/my-work/{city.WorkOrder}/photos",
        ["POST my-work/{id:guid}/parts"] = city => $"/my-work/{city.WorkOrder}/parts",
        ["POST my-work/{id:guid}/tasks/{taskId:guid}"] = city => $"/my-work/{city.WorkOrder}/tasks/{city.WorkOrder}",
        // Fleet — register, entry, workshop
        ["GET fleet/vehicles"] = _ => "/fleet/vehicles",
        ["GET fleet/vehicles/export.xlsx"] = _ => "/fleet/vehicles/export.xlsx",
        ["GET fleet/vehicles/new"] = _ => "/fleet/vehicles/new",
        ["GET fleet/vehicles/{id:guid}"] = city => $"/fleet/vehicles/{city.Vehicle}",
        ["GET fleet/vehicles/{id:guid}/edit"] = city => $"/fleet/vehicles/{city.Vehicle}/edit",
        ["POST fleet/vehicles/{id:guid}/edit"] = city => $"/fleet/vehicles/{city.Vehicle}/edit",
        ["POST fleet/vehicles/{id:guid}/status"] = city => $"/fleet/vehicles/{city.Vehicle}/status",
        ["POST fleet/vehicles/{id:guid}/retire"] = city => $"/fleet/vehicles/{city.Vehicle}/retire",
        ["GET fleet/entry"] = _ => "/fleet/entry?q=V-0",
        ["GET fleet/vehicles/{id:guid}/readings/new"] = city => $"/fleet/vehicles/{city.Vehicle}/readings/new",
        ["POST fleet/vehicles/{id:guid}/readings/new"] = city => $"/fleet/vehicles/{city.Vehicle}/readings/new",
        ["GET fleet/vehicles/{id:guid}/fuel/new"] = city => $"/fleet/vehicles/{city.Vehicle}/fuel/new",
        ["POST fleet/vehicles/{id:guid}/fuel/new"] = city => $"/fleet/vehicles/{city.Vehicle}/fuel/new",
        ["GET fleet/workshop"] = city => $"/fleet/workshop?vehicle={city.Vehicle}",
        ["POST fleet/workshop/intake"] = _ => "/fleet/workshop/intake",
        ["POST fleet/workshop/{id:guid}/release"] = city => $"/fleet/workshop/{city.WorkshopJob}/release",
        ["POST fleet/workshop/{id:guid}/work-order"] = city => $"/fleet/workshop/{city.WorkshopJob}/work-order",
        // Fleet — API
        ["GET api/v1/fleet/vehicles"] = _ => "/api/v1/fleet/vehicles?pageSize=200",
        ["GET api/v1/fleet/vehicles/{id:guid}"] = city => $"/api/v1/fleet/vehicles/{city.Vehicle}",
        ["GET api/v1/fleet/vehicles/{id:guid}/readings"] = city => $"/api/v1/fleet/vehicles/{city.Vehicle}/readings",
        ["POST api/v1/fleet/vehicles/{id:guid}/readings"] = city => $"/api/v1/fleet/vehicles/{city.Vehicle}/readings",
        ["GET api/v1/fleet/vehicles/{id:guid}/fuel"] = city => $"/api/v1/fleet/vehicles/{city.Vehicle}/fuel",
        ["POST api/v1/fleet/vehicles/{id:guid}/fuel"] = city => $"/api/v1/fleet/vehicles/{city.Vehicle}/fuel",
        // Buildings — buildings, levels and rooms
        ["GET buildings"] = city => $"/buildings?site={city.Site}",
        ["GET buildings/new"] = city => $"/buildings/new?site={city.Site}",
        ["GET buildings/{id:guid}"] = city => $"/buildings/{city.Building}",
        ["GET buildings/{id:guid}/edit"] = city => $"/buildings/{city.Building}/edit",
        ["POST buildings/{id:guid}/edit"] = city => $"/buildings/{city.Building}/edit",
        ["GET buildings/{buildingId:guid}/levels/new"] = city => $"/buildings/{city.Building}/levels/new",
        ["POST buildings/{buildingId:guid}/levels/new"] = city => $"/buildings/{city.Building}/levels/new",
        ["GET buildings/{buildingId:guid}/levels/{id:guid}"] = city => $"/buildings/{city.Building}/levels/{city.Level}",
        ["POST buildings/{buildingId:guid}/levels/{id:guid}"] = city => $"/buildings/{city.Building}/levels/{city.Level}",
        ["GET buildings/{buildingId:guid}/rooms/new"] = city => $"/buildings/{city.Building}/rooms/new?level={city.Level}",
        ["POST buildings/{buildingId:guid}/rooms/new"] = city => $"/buildings/{city.Building}/rooms/new",
        ["GET buildings/{buildingId:guid}/rooms/{id:guid}"] = city => $"/buildings/{city.Building}/rooms/{city.Room}",
        ["POST buildings/{buildingId:guid}/rooms/{id:guid}"] = city => $"/buildings/{city.Building}/rooms/{city.Room}",
        // Buildings — equipment
        ["GET equipment"] = city => $"/equipment?site={city.Site}&building={city.Building}&status=all",
        ["GET equipment/new"] = city => $"/equipment/new?building={city.Building}",
        ["GET equipment/{id:guid}"] = city => $"/equipment/{city.Equipment}",
        ["GET equipment/{id:guid}/edit"] = city => $"/equipment/{city.Equipment}/edit",
        ["POST equipment/{id:guid}/edit"] = city => $"/equipment/{city.Equipment}/edit",
        ["GET equipment/{id:guid}/move"] = city => $"/equipment/{city.Equipment}/move?building={city.Building}",
        ["POST equipment/{id:guid}/move"] = city => $"/equipment/{city.Equipment}/move",
        ["GET equipment/{id:guid}/retire"] = city => $"/equipment/{city.Equipment}/retire",
        ["POST equipment/{id:guid}/retire"] = city => $"/equipment/{city.Equipment}/retire",
        // Buildings — API
        ["GET api/v1/buildings"] = city => $"/api/v1/buildings?pageSize=200&siteId={city.Site}",
        ["GET api/v1/buildings/{id:guid}"] = city => $"/api/v1/buildings/{city.Building}",
        ["GET api/v1/equipment"] = city => $"/api/v1/equipment?pageSize=200&buildingId={city.Building}&status=All",
        ["GET api/v1/equipment/{id:guid}"] = city => $"/api/v1/equipment/{city.Equipment}",
        ["POST api/v1/equipment/{id:guid}/move"] = city => $"/api/v1/equipment/{city.Equipment}/move",
        // Works — the portal's equipment search
        ["GET requests/assets"] = city => $"/requests/assets?site={city.Site}&q=e",
        // Gis — map, search across modules, exports (the test layers: trees and zones of both organisations)
        ["GET map"] = _ => "/map",
        ["GET map/layers/{layerId}"] = _ => "/map/layers/test-trees?bbox=4.2,46.6,4.7,47.0&zoom=12",
        ["GET map/layers/{layerId}/{id:guid}"] = city => $"/map/layers/test-trees/{city.TestTree}",
        ["GET assets/search"] = _ => "/assets/search?q=e",
        ["GET api/v1/assets"] = _ => "/api/v1/assets?q=e&take=100",
        ["GET gis/export/{layerId}.geojson"] = _ => "/gis/export/test-trees.geojson",
        ["GET gis/export/{layerId}.xlsx"] = _ => "/gis/export/test-zones.xlsx",
        // Gis — imports (the city's import run)
        ["GET gis/import"] = _ => "/gis/import",
        ["GET gis/import/{id:guid}"] = city => $"/gis/import/{city.ImportRun}",
        ["POST gis/import/{id:guid}/mapping"] = city => $"/gis/import/{city.ImportRun}/mapping",
        ["POST gis/import/{id:guid}/import"] = city => $"/gis/import/{city.ImportRun}/import",
        ["POST gis/import/{id:guid}/abandon"] = city => $"/gis/import/{city.ImportRun}/abandon",
        ["GET gis/import/{id:guid}/progress"] = city => $"/gis/import/{city.ImportRun}/progress",
        ["GET gis/import/{id:guid}/rejections.csv"] = city => $"/gis/import/{city.ImportRun}/rejections.csv",
        // Gis — OGC API – Features
        ["GET ogc"] = _ => "/ogc",
        ["GET ogc/api"] = _ => "/ogc/api",
        ["GET ogc/conformance"] = _ => "/ogc/conformance",
        ["GET ogc/collections"] = _ => "/ogc/collections",
        ["GET ogc/collections/{collectionId}"] = _ => "/ogc/collections/test-trees",
        ["GET ogc/collections/{collectionId}/items"] = _ => "/ogc/collections/test-trees/items?limit=1000",
        ["GET ogc/collections/{collectionId}/items/{featureId}"] = city => $"/ogc/collections/test-trees/items/{city.TestTree}",
        // Green spaces and roads — pages (list, asset page, forms, retire) and API
        ["GET greenspaces/zones"] = _ => "/greenspaces/zones",
        ["GET greenspaces/zones/new"] = _ => "/greenspaces/zones/new",
        ["GET greenspaces/zones/{id:guid}"] = city => $"/greenspaces/zones/{city.Zone}",
        ["GET greenspaces/zones/{id:guid}/edit"] = city => $"/greenspaces/zones/{city.Zone}/edit",
        ["POST greenspaces/zones/{id:guid}"] = city => $"/greenspaces/zones/{city.Zone}",
        ["POST greenspaces/zones/{id:guid}/retire"] = city => $"/greenspaces/zones/{city.Zone}/retire",
        ["GET greenspaces/trees"] = _ => "/greenspaces/trees",
        ["GET greenspaces/trees/new"] = _ => "/greenspaces/trees/new",
        ["GET greenspaces/trees/{id:guid}"] = city => $"/greenspaces/trees/{city.Tree}",
        ["GET greenspaces/trees/{id:guid}/edit"] = city => $"/greenspaces/trees/{city.Tree}/edit",
        ["POST greenspaces/trees/{id:guid}"] = city => $"/greenspaces/trees/{city.Tree}",
        ["POST greenspaces/trees/{id:guid}/retire"] = city => $"/greenspaces/trees/{city.Tree}/retire",
        ["GET greenspaces/play-equipment"] = _ => "/greenspaces/play-equipment",
        ["GET greenspaces/play-equipment/new"] = _ => "/greenspaces/play-equipment/new",
        ["GET greenspaces/play-equipment/{id:guid}"] = city => $"/greenspaces/play-equipment/{city.PlayItem}",
        ["GET greenspaces/play-equipment/{id:guid}/edit"] = city => $"/greenspaces/play-equipment/{city.PlayItem}/edit",
        ["POST greenspaces/play-equipment/{id:guid}"] = city => $"/greenspaces/play-equipment/{city.PlayItem}",
        ["POST greenspaces/play-equipment/{id:guid}/retire"] = city => $"/greenspaces/play-equipment/{city.PlayItem}/retire",
        ["GET roads/segments"] = _ => "/roads/segments",
        ["GET roads/segments/new"] = _ => "/roads/segments/new",
        ["GET roads/segments/{id:guid}"] = city => $"/roads/segments/{city.RoadSegment}",
        ["GET roads/segments/{id:guid}/edit"] = city => $"/roads/segments/{city.RoadSegment}/edit",
        ["POST roads/segments/{id:guid}"] = city => $"/roads/segments/{city.RoadSegment}",
        ["POST roads/segments/{id:guid}/retire"] = city => $"/roads/segments/{city.RoadSegment}/retire",
        ["GET roads/signs"] = _ => "/roads/signs",
        ["GET roads/signs/new"] = _ => "/roads/signs/new",
        ["GET roads/signs/{id:guid}"] = city => $"/roads/signs/{city.Sign}",
        ["GET roads/signs/{id:guid}/edit"] = city => $"/roads/signs/{city.Sign}/edit",
        ["POST roads/signs/{id:guid}"] = city => $"/roads/signs/{city.Sign}",
        ["POST roads/signs/{id:guid}/retire"] = city => $"/roads/signs/{city.Sign}/retire",
        ["GET roads/street-lights"] = _ => "/roads/street-lights",
        ["GET roads/street-lights/new"] = _ => "/roads/street-lights/new",
        ["GET roads/street-lights/{id:guid}"] = city => $"/roads/street-lights/{city.StreetLight}",
        ["GET roads/street-lights/{id:guid}/edit"] = city => $"/roads/street-lights/{city.StreetLight}/edit",
        ["POST roads/street-lights/{id:guid}"] = city => $"/roads/street-lights/{city.StreetLight}",
        ["POST roads/street-lights/{id:guid}/retire"] = city => $"/roads/street-lights/{city.StreetLight}/retire",
        ["GET api/v1/greenspaces/zones"] = _ => "/api/v1/greenspaces/zones?pageSize=200",
        ["GET api/v1/greenspaces/zones/{id:guid}"] = city => $"/api/v1/greenspaces/zones/{city.Zone}",
        ["GET api/v1/greenspaces/trees"] = _ => "/api/v1/greenspaces/trees?pageSize=200",
        ["GET api/v1/greenspaces/trees/{id:guid}"] = city => $"/api/v1/greenspaces/trees/{city.Tree}",
        ["GET api/v1/greenspaces/play-equipment"] = _ => "/api/v1/greenspaces/play-equipment?pageSize=200",
        ["GET api/v1/greenspaces/play-equipment/{id:guid}"] = city => $"/api/v1/greenspaces/play-equipment/{city.PlayItem}",
        ["GET api/v1/roads/segments"] = _ => "/api/v1/roads/segments?pageSize=200",
        ["GET api/v1/roads/segments/{id:guid}"] = city => $"/api/v1/roads/segments/{city.RoadSegment}",
        ["GET api/v1/roads/signs"] = _ => "/api/v1/roads/signs?pageSize=200",
        ["GET api/v1/roads/signs/{id:guid}"] = city => $"/api/v1/roads/signs/{city.Sign}",
        ["GET api/v1/roads/street-lights"] = _ => "/api/v1/roads/street-lights?pageSize=200",
        ["GET api/v1/roads/street-lights/{id:guid}"] = city => $"/api/v1/roads/street-lights/{city.StreetLight}",
        ["POST my-work/{id:guid}/parts/stock"] = city => $"/my-work/{city.WorkOrder}/parts/stock",
        ["POST my-work/{id:guid}/parts/{partId:guid}/return"] = city => $"/my-work/{city.WorkOrder}/parts/{city.Part}/return",
        // Works — parts from the stores on the manager's work order page, and through the API
        ["POST work-orders/{id:guid}/parts/stock"] = city => $"/work-orders/{city.WorkOrder}/parts/stock",
        ["POST work-orders/{id:guid}/parts/{partId:guid}/return"] = city => $"/work-orders/{city.WorkOrder}/parts/{city.Part}/return",
        ["POST work-orders/{id:guid}/reservations"] = city => $"/work-orders/{city.WorkOrder}/reservations",
        ["GET api/v1/work-orders/{id:guid}/parts"] = city => $"/api/v1/work-orders/{city.WorkOrder}/parts",
        ["POST api/v1/work-orders/{id:guid}/parts"] = city => $"/api/v1/work-orders/{city.WorkOrder}/parts",
        // Stock — pages (the lists show the caller's own stores, items, orders and counts)
        ["GET stock/stores"] = _ => "/stock/stores",
        ["GET stock/stores/new"] = _ => "/stock/stores/new",
        ["GET stock/stores/{id:guid}"] = city => $"/stock/stores/{city.Store}",
        ["POST stock/stores/{id:guid}"] = city => $"/stock/stores/{city.Store}",
        ["GET stock/suppliers"] = _ => "/stock/suppliers",
        ["GET stock/suppliers/new"] = _ => "/stock/suppliers/new",
        ["GET stock/suppliers/{id:guid}"] = city => $"/stock/suppliers/{city.Supplier}",
        ["POST stock/suppliers/{id:guid}"] = city => $"/stock/suppliers/{city.Supplier}",
        ["GET stock/items"] = city => $"/stock/items?store={city.Store}",
        ["GET stock/items/new"] = _ => "/stock/items/new",
        ["GET stock/items/{id:guid}"] = city => $"/stock/items/{city.Item}",
        ["GET stock/items/{id:guid}/edit"] = city => $"/stock/items/{city.Item}/edit",
        ["POST stock/items/{id:guid}/edit"] = city => $"/stock/items/{city.Item}/edit",
        ["POST stock/items/{id:guid}/stores"] = city => $"/stock/items/{city.Item}/stores",
        ["GET stock/items/{id:guid}/stores/{storeId:guid}"] = city => $"/stock/items/{city.Item}/stores/{city.Store}",
        ["POST stock/items/{id:guid}/stores/{storeId:guid}"] = city => $"/stock/items/{city.Item}/stores/{city.Store}",
        ["GET stock/receipts/new"] = city => $"/stock/receipts/new?store={city.Store}&item={city.Item}&supplier={city.Supplier}",
        ["GET stock/issues/new"] = city => $"/stock/issues/new?store={city.Store}&item={city.Item}",
        ["GET stock/transfers/new"] = city => $"/stock/transfers/new?store={city.Store}&item={city.Item}",
        ["GET stock/adjustments/new"] = city => $"/stock/adjustments/new?store={city.Store}&item={city.Item}",
        ["GET stock/reorder"] = city => $"/stock/reorder?store={city.Store}",
        ["GET stock/reorder.xlsx"] = city => $"/stock/reorder.xlsx?store={city.Store}",
        ["GET stock/purchase-orders"] = _ => "/stock/purchase-orders?status=Ordered",
        ["GET stock/purchase-orders/new"] = _ => "/stock/purchase-orders/new",
        ["GET stock/purchase-orders/{id:guid}"] = city => $"/stock/purchase-orders/{city.PurchaseOrder}",
        ["POST stock/purchase-orders/{id:guid}/receive"] = city => $"/stock/purchase-orders/{city.PurchaseOrder}/receive",
        ["POST stock/purchase-orders/{id:guid}/cancel"] = city => $"/stock/purchase-orders/{city.PurchaseOrder}/cancel",
        ["GET stock/counts"] = _ => "/stock/counts",
        ["GET stock/counts/new"] = _ => "/stock/counts/new",
        ["GET stock/counts/{id:guid}"] = city => $"/stock/counts/{city.Count}",
        ["GET stock/counts/{id:guid}/sheet"] = city => $"/stock/counts/{city.Count}/sheet",
        ["POST stock/counts/{id:guid}/sheet"] = city => $"/stock/counts/{city.Count}/sheet",
        ["GET stock/counts/{id:guid}/print"] = city => $"/stock/counts/{city.Count}/print",
        ["POST stock/counts/{id:guid}/validate"] = city => $"/stock/counts/{city.Count}/validate",
        ["POST stock/counts/{id:guid}/cancel"] = city => $"/stock/counts/{city.Count}/cancel",
        ["GET stock/valuation"] = city => $"/stock/valuation?store={city.Store}",
        ["GET stock/valuation.xlsx"] = city => $"/stock/valuation.xlsx?store={city.Store}",
        // Stock — API
        ["GET api/v1/stock/stores"] = _ => "/api/v1/stock/stores",
        ["GET api/v1/stock/items"] = _ => "/api/v1/stock/items?pageSize=200",
        ["GET api/v1/stock/items/{id:guid}"] = city => $"/api/v1/stock/items/{city.Item}",
        ["GET api/v1/stock/balances"] = city => $"/api/v1/stock/balances?storeId={city.Store}&pageSize=200",
        ["GET api/v1/stock/movements"] = city => $"/api/v1/stock/movements?itemId={city.Item}&pageSize=200",
        ["GET api/v1/stock/movements/{id:guid}"] = city => $"/api/v1/stock/movements/{city.Movement}",
        // Costs — periods, batches, the ledger, HR's hours, finance's reference, analysis and budgets, rates
        ["GET costs/periods"] = _ => "/costs/periods",
        ["GET costs/periods/{id:guid}"] = city => $"/costs/periods/{city.CostPeriod}",
        ["POST costs/periods/{id:guid}/close"] = city => $"/costs/periods/{city.CostPeriod}/close",
        ["POST costs/periods/{id:guid}/export"] = city => $"/costs/periods/{city.CostPeriod}/export",
        ["GET costs/batches/{id:guid}"] = city => $"/costs/batches/{city.CostBatch}",
        ["GET costs/batches/{id:guid}/files/{fileId:guid}"] = city => $"/costs/batches/{city.CostBatch}/files/{city.CostFile}",
        ["GET costs/lines"] = _ => "/costs/lines",
        ["GET costs/lines/{id:guid}"] = city => $"/costs/lines/{city.CostLine}",
        ["POST costs/lines/{id:guid}/correct"] = city => $"/costs/lines/{city.CostLine}/correct",
        ["GET costs/hours"] = _ => "/costs/hours",
        ["GET costs/hours/{id:guid}/hours.xlsx"] = city => $"/costs/hours/{city.CostPeriod}/hours.xlsx",
        ["GET costs/hours/{id:guid}/hours.csv"] = city => $"/costs/hours/{city.CostPeriod}/hours.csv",
        ["GET costs/accounts"] = _ => "/costs/accounts",
        ["POST costs/accounts/rules/{id:guid}/delete"] = city => $"/costs/accounts/rules/{city.CostRule}/delete",
        ["GET costs/analysis"] = _ => "/costs/analysis?by=Site",
        ["GET costs/analysis.xlsx"] = _ => "/costs/analysis.xlsx?by=Service",
        ["GET costs/budgets"] = _ => "/costs/budgets",
        ["POST costs/budgets/{id:guid}"] = city => $"/costs/budgets/{city.CostBudget}",
        ["GET costs/rates"] = _ => "/costs/rates",
        ["GET costs/agreements"] = _ => "/costs/agreements",
        ["GET costs/agreements/{id:guid}"] = city => $"/costs/agreements/{city.CostAgreement}",
        ["POST costs/agreements/{id:guid}/rates"] = city => $"/costs/agreements/{city.CostAgreement}/rates",
        ["GET costs/statements"] = _ => "/costs/statements",
        // The agglomeration is charged under the city's agreement: it reads that statement only through its own row
        // (CostsTests); the city's ids (its agreement, its side of the agglomeration's agreement) open nothing.
        ["GET costs/statements/issued/{id:guid}"] = city => $"/costs/statements/issued/{city.CostAgreement}?period={DateTime.UtcNow.AddMonths(-2):yyyy-MM}",
        ["GET costs/statements/issued/{id:guid}/statement.xlsx"] = city => $"/costs/statements/issued/{city.CostAgreement}/statement.xlsx?period={DateTime.UtcNow.AddMonths(-2):yyyy-MM}",
        ["GET costs/statements/received/{id:guid}"] = city => $"/costs/statements/received/{city.CostReceived}?period={DateTime.UtcNow.AddMonths(1):yyyy-MM}",
        ["GET costs/statements/received/{id:guid}/statement.xlsx"] = city => $"/costs/statements/received/{city.CostReceived}/statement.xlsx?period={DateTime.UtcNow.AddMonths(1):yyyy-MM}",
        ["GET api/v1/costs/periods"] = _ => "/api/v1/costs/periods",
        ["GET api/v1/costs/lines"] = city => $"/api/v1/costs/lines?period={DateTime.UtcNow.AddMonths(-3):yyyy-MM}&pageSize=1000",
        ["GET api/v1/costs/batches"] = _ => "/api/v1/costs/batches",
        ["GET api/v1/costs/batches/{id:guid}"] = city => $"/api/v1/costs/batches/{city.CostBatch}",
        ["GET api/v1/costs/batches/{id:guid}/files/{fileId:guid}"] = city => $"/api/v1/costs/batches/{city.CostBatch}/files/{city.CostFile}",
    };

    /// <summary>Route parameters that name a kind of data every organisation has (a layer), not a record of one.</summary>
    private static readonly string[] SharedParameters = ["{layerId}", "{collectionId}"];

    /// <summary>Endpoints that hold no organisation's data, or only create rows in the caller's own organisation.</summary>
    private static readonly Dictionary<string, string> NotOrganisationData = new()
    {
        ["GET account/login"] = "sign-in form",
        ["GET plans/calendar/{token}.ics"] = "anonymous by design: the team's private token alone selects the team and its organisation (PlanPagesTests)",
        ["GET admin/jobs"] = "deployment-wide scheduled jobs and their runs (no organisation data)",
        ["POST admin/jobs/{key}/run"] = "runs a deployment-wide job now (it acts for every organisation, as on its schedule)",
        ["POST admin/jobs/{key}/pause"] = "pauses a deployment-wide job",
        ["POST admin/jobs/{key}/resume"] = "resumes a deployment-wide job",
        ["POST account/login"] = "sign-in",
        ["POST account/logout"] = "sign-out",
        ["GET account/access-denied"] = "static page",
        ["POST account/organisation"] = "covered by OrganisationSwitchTests: only the caller's memberships",
        ["POST account/password"] = "the caller's own account",
        ["POST culture"] = "language cookie",
        ["GET error/{status:int}"] = "error page",
        ["POST error/{status:int}"] = "error page",
        ["PUT error/{status:int}"] = "error page",
        ["DELETE error/{status:int}"] = "error page",
        ["PATCH error/{status:int}"] = "error page",
        ["GET health"] = "database reachable",
        ["GET health/live"] = "process alive",
        ["GET openapi/{documentName}.json"] = "API description",
        ["GET api/docs/{documentName?}"] = "API reference page",
        ["GET api/docs/favicon.svg"] = "API reference page",
        ["GET api/docs/scalar.aspnetcore.js"] = "API reference page",
        ["GET api/docs/scalar.js"] = "API reference page",
        ["POST admin/users/new"] = "creates in the caller's organisation",
        ["POST admin/services/new"] = "creates in the caller's organisation",
        ["POST admin/teams/new"] = "creates in the caller's organisation (service ids checked: AdminFormsTests)",
        ["POST admin/trades"] = "creates in the caller's organisation",
        ["POST agents/new"] = "creates in the caller's organisation (trade and team ids checked)",
        ["POST sites/new"] = "creates in the caller's organisation",
        ["POST admin/api-keys"] = "creates in the caller's organisation",
        ["POST admin/organisation"] = "edits the caller's organisation only",
        ["POST api/v1/sites"] = "creates in the caller's organisation",
        // Works — manager (inbox, decisions, work orders, routing)
        ["POST work-orders/new"] = "creates in the caller's organisation (site, service, team and agent ids checked against the caller's lists)",
        ["POST admin/routing/settings"] = "edits the caller's organisation's settings (service id checked against the caller's services)",
        ["POST admin/routing/rules"] = "creates in the caller's organisation (site and service ids checked)",
        // Works — API
        ["POST api/v1/requests"] = "creates in the caller's organisation (a site of another one is refused: WorksApiTests)",
        // Fleet
        ["POST fleet/vehicles/new"] = "creates in the caller's organisation (service and site ids checked against the caller's directory)",
        // Buildings
        ["POST buildings/new"] = "creates in the caller's organisation (a site of another one is refused: BuildingPagesTests)",
        ["POST equipment/new"] = "creates in the caller's organisation (a building of another one is refused: EquipmentPagesTests)",
        ["POST api/v1/buildings"] = "creates in the caller's organisation (a site of another one is refused: BuildingsApiTests)",
        ["POST api/v1/equipment"] = "creates in the caller's organisation (a building of another one is refused: BuildingsApiTests)",
        // Gis
        ["POST gis/import"] = "creates an import run in the caller's organisation (the register checks every row in the caller's scope)",
        // Green spaces and roads
        ["POST greenspaces/zones/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST greenspaces/trees/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST greenspaces/play-equipment/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST roads/segments/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST roads/signs/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST roads/street-lights/new"] = "creates in the caller's organisation (site ids checked against the caller's sites)",
        ["POST api/v1/greenspaces/trees"] = "creates in the caller's organisation (a site of another one is refused: GreenSpacesApiTests)",
        ["POST api/v1/roads/street-lights"] = "creates in the caller's organisation (a site of another one is refused: RoadsTests)",
        // Stock — forms and API that write to the caller's own ledger; another organisation's store, item or supplier is refused (StockIsolationTests)
        ["POST stock/stores/new"] = "creates in the caller's organisation",
        ["POST stock/suppliers/new"] = "creates in the caller's organisation",
        ["POST stock/items/new"] = "creates in the caller's organisation (supplier ids checked against the caller's)",
        ["POST stock/receipts/new"] = "posts to the caller's ledger (store, item and supplier read through the organisation filter: StockIsolationTests)",
        ["POST stock/issues/new"] = "posts to the caller's ledger (store and item read through the organisation filter: StockIsolationTests)",
        ["POST stock/transfers/new"] = "posts to the caller's ledger (stores and item read through the organisation filter)",
        ["POST stock/adjustments/new"] = "posts to the caller's ledger (store and item read through the organisation filter)",
        ["POST stock/reorder/order"] = "orders from the caller's own reorder list (supplier and store ids of another organisation find nothing)",
        ["POST stock/purchase-orders/new"] = "creates in the caller's organisation (supplier, store and items checked: StockIsolationTests)",
        ["POST stock/counts/new"] = "opens a count of one of the caller's stores (another's is refused)",
        ["POST api/v1/stock/receipts"] = "posts to the caller's ledger (another organisation's store or item is refused: StockIsolationTests)",
        ["POST api/v1/stock/issues"] = "posts to the caller's ledger (another organisation's store or item is refused: StockIsolationTests)",
        // Costs — forms that write to the caller's own reference or ledger only
        ["POST costs/periods/post"] = "posts the caller's organisation's new costs (the feeds read through the organisation filter)",
        ["POST costs/accounts/chart/import"] = "imports into the caller's chart of accounts",
        ["POST costs/accounts/budget-lines"] = "creates in the caller's organisation (codes checked against the caller's chart: CostsTests)",
        ["POST costs/accounts/rules"] = "creates in the caller's organisation (budget line and service checked against the caller's)",
        ["POST costs/rates/labour"] = "creates in the caller's organisation",
        ["POST costs/rates/vehicles"] = "creates in the caller's organisation",
        ["POST costs/agreements"] = "creates in the caller's organisation for one of its services and sites (another's service is refused: CostsTests), and the charged organisation's own side of it",
    };

    [Fact]
    public void Every_endpoint_is_probed_for_isolation()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText?.Trim('/')}"))
            .Select(k => k == "GET " ? "GET /" : k)
            .Distinct()
            .ToList();

        var uncovered = endpoints.Where(e => !Probes.ContainsKey(e) && !NotOrganisationData.ContainsKey(e)).Order().ToList();

        Assert.True(uncovered.Count == 0, "Endpoints with no organisation-isolation probe (add them to OrganisationIsolationTests.Probes):\n" + string.Join("\n", uncovered));
        Assert.All(Probes.Keys, p => Assert.Contains(p, endpoints));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_of_the_agglomeration_sees_nothing_of_the_city(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var browser = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        await browser.GetPageAsync("/");

        foreach (var (endpoint, url) in Probes.Select(p => (p.Key, p.Value(city))))
        {
            var method = endpoint.Split(' ')[0];
            var response = method switch
            {
                "GET" => (await browser.GetPageAsync(url)).Response,
                "POST" => await browser.PostFormAsync(url, new() { ["Name"] = "Intrus", ["Code"] = "INTRUS", ["Version"] = "1" }),
                "PUT" => await browser.Http.PutAsJsonAsync(url, new { code = "INTRUS", name = "Intrus", version = 1 }),
                _ => throw new InvalidOperationException(method),
            };
            var body = await response.Content.ReadAsStringAsync();

            if (SharedParameters.Aggregate(endpoint, (e, p) => e.Replace(p, string.Empty, StringComparison.Ordinal)).Contains('{', StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest,
                    $"{endpoint} with a city id answered {(int)response.StatusCode} to the agglomeration");
            }

            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{endpoint} failed: {body}");
            foreach (var marker in CityMarkers)
            {
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{endpoint} shows city data '{marker}' to the agglomeration");
            }
        }

        await AssertCityUnchangedAsync(app, city);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_agglomerations_api_key_reads_nothing_of_the_city(DatabaseProvider provider)
    {
        var app = apps[provider];
        var city = await DemoIds.LoadAsync(app, DemoIds.City);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.AggloDemoApiKey);

        foreach (var (endpoint, url) in Probes.Where(p => p.Key.Contains(" api/", StringComparison.Ordinal)).Select(p => (p.Key, p.Value(city))))
        {
            // A write probe is sent as what it is (a POST with a JSON body), not read: an endpoint with no GET beside it would only answer 405.
            using var response = endpoint.Split(' ')[0] switch
            {
                "PUT" => await client.PutAsJsonAsync(url, new { code = "INTRUS", name = "Intrus", version = 1 }),
                "POST" => await client.PostAsJsonAsync(url, new { code = "INTRUS", name = "Intrus", version = 1 }),
                _ => await client.GetAsync(url),
            };
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{endpoint}: {(int)response.StatusCode} {body}");
            if (SharedParameters.Aggregate(endpoint, (e, p) => e.Replace(p, string.Empty, StringComparison.Ordinal)).Contains('{', StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }

            Assert.All(CityMarkers, marker => Assert.DoesNotContain(marker, body, StringComparison.Ordinal));
        }

        await AssertCityUnchangedAsync(app, city);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task No_map_layer_shows_the_agglomeration_a_feature_of_the_city(DatabaseProvider provider)
    {
        // The probes above try one layer per route; every registered layer is tried here, with the ids the
        // city's own export holds (a feature's id, its site's id…) rather than words of the demo.
        var app = apps[provider];
        string[] layers;
        using (var scope = app.Services.CreateScope())
        {
            layers = [.. scope.ServiceProvider.GetServices<Cmms.Kernel.Geo.IFeatureLayer>().Select(l => l.Id)];
        }

        using var city = await Browser.SignedInAsync(app, DemoLogins.Admin);
        using var agglo = await Browser.SignedInAsync(app, DemoLogins.AggloAdmin);
        using var aggloKey = app.CreateClient();

        // The city's administrator also belongs to the agglomeration and signs in where they last acted (another test may have switched).
        var cityId = (await DemoIds.LoadAsync(app, DemoIds.City)).Organisation;
        await city.GetPageAsync("/");
        await city.PostFormAsync("/account/organisation", new() { ["organisationId"] = cityId.ToString() });
        aggloKey.DefaultRequestHeaders.Add("X-Api-Key", DemoLogins.AggloDemoApiKey);

        Assert.Superset(new HashSet<string> { "buildings", "equipment", "trees", "zones", "play-equipment", "road-segments", "signs", "street-lights" }, layers.ToHashSet());
        foreach (var layer in layers)
        {
            var (_, export) = await city.GetPageAsync($"/gis/export/{layer}.geojson");
            var cityIds = Guids(export);
            Assert.True(cityIds.Count > 0, $"the city has no feature in layer {layer}: the probe would prove nothing");
            var sample = System.Text.RegularExpressions.Regex.Match(export, "\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").Groups[1].Value;

            foreach (var url in new[] { $"/map/layers/{layer}?bbox=-5,41,10,52&zoom=14", $"/ogc/collections/{layer}/items?limit=10000", $"/gis/export/{layer}.geojson" })
            {
                var (response, body) = await agglo.GetPageAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                Assert.True(!cityIds.Overlaps(Guids(body)), $"{url} shows the agglomeration ids of the city's data");
            }

            using var ogc = await aggloKey.GetAsync($"/ogc/collections/{layer}/items?limit=10000");
            Assert.True(!cityIds.Overlaps(Guids(await ogc.Content.ReadAsStringAsync())), $"the agglomeration's key reads the city's {layer}");
            Assert.Equal(HttpStatusCode.NotFound, (await agglo.GetPageAsync($"/map/layers/{layer}/{sample}")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await agglo.GetPageAsync($"/ogc/collections/{layer}/items/{sample}")).Response.StatusCode);
            using var byKey = await aggloKey.GetAsync($"/ogc/collections/{layer}/items/{sample}");
            Assert.Equal(HttpStatusCode.NotFound, byKey.StatusCode);
        }
    }

    private static HashSet<string> Guids(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").Select(m => m.Value)];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_same_person_sees_only_the_organisation_they_act_for(DatabaseProvider provider)
    {
        var app = apps[provider];
        using var browser = await Browser.SignedInAsync(app, DemoLogins.Admin);
        var (_, cityAgents) = await browser.GetPageAsync("/agents");
        Assert.Contains("VB-0", cityAgents, StringComparison.Ordinal);

        var agglo = await DemoIds.LoadAsync(app, DemoIds.Agglo);
        await browser.PostFormAsync("/account/organisation", new() { ["organisationId"] = agglo.Organisation.ToString() });
        var (_, aggloAgents) = await browser.GetPageAsync("/agents");

        Assert.Contains("VA-0", aggloAgents, StringComparison.Ordinal);
        Assert.DoesNotContain("VB-0", aggloAgents, StringComparison.Ordinal);
    }

    private static async Task AssertCityUnchangedAsync(CmmsFactory app, DemoIds city)
    {
        var again = await DemoIds.LoadAsync(app, DemoIds.City);
        Assert.Equal(city, again);
        var intruded = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Set<Directory.Sites.Site>()), s => s.Name == "Intrus");
        });
        Assert.Equal(0, intruded);
    }
}
