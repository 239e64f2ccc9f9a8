using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Cmms.Works.Home;
using Cmms.Works.Notifications;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works;

/// <summary>Intervention requests, their validation, work orders and what the field reports on them.</summary>
public static class WorksModule
{
    public static IServiceCollection AddWorksModule(this IServiceCollection services)
    {
        services.AddSingleton<INavigationContributor, WorksNavigation>();
        services.AddScoped<Notifier>();
        services.AddScoped<Submission>();
        services.AddScoped<WorkOrderFlow>();
        services.AddScoped<Decisions>();
        services.AddSingleton<Attachments.PhotoReader>();
        services.AddScoped<Field.Hours>();
        services.AddScoped<Parts.StockParts>();
        services.AddScoped<Demo.WorksDemoSeeder>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<Demo.WorksDemoSeeder>());
        services.AddScoped<IScaleSeeder, Demo.WorksScaleSeeder>();
        services.AddScoped<IHomeTileProvider, Inbox.ManagerHomeTiles>();
        services.AddScoped<Attachments.AttachmentAccess>();
        services.AddScoped<IHomeTileProvider, Portal.PortalHomeTiles>();

        // Works — notifications, mail and automatic closing
        services.AddScoped<INotificationBadge, NotificationBadge>();
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDispatcher>());
        services.AddSingleton<AutoClose>();
        services.AddHostedService<AutoCloseService>();
        services.AddScoped<IHomeTileProvider, Field.FieldHomeTiles>();
        services.AddScoped<Kernel.Assets.IAssetWork, Assets.AssetWork>();
        services.AddScoped<Kernel.Costs.ICostFeed, Costs.WorksCostFeed>();
        services.AddScoped<Kernel.Costs.IOpenWorkOrders, Costs.WorksOpenWorkOrders>();

        // Works — preventive and statutory maintenance
        services.AddSingleton<Preventive.Generation.PlanGeneration>();
        services.AddScoped<IDemoSeeder, Preventive.Demo.PreventiveDemoSeeder>();
        services.AddScoped<IScaleSeeder, Preventive.Demo.PreventiveScaleSeeder>();
        services.AddSingleton(new Kernel.Scheduling.ScheduledJob(
            Preventive.Generation.GeneratePlansJob.Key, typeof(Preventive.Generation.GeneratePlansJob), "0 30 5 * * ?", "Preventive work orders"));
        return services;
    }

    public static IEndpointRouteBuilder MapWorksModule(this IEndpointRouteBuilder endpoints)
    {
        Api.RequestsApi.MapRequestsApi(endpoints);
        Api.WorkOrdersApi.MapWorkOrdersApi(endpoints);
        return endpoints;
    }
}
