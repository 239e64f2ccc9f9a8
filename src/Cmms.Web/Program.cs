using Cmms.Directory;
using Cmms.Stock;
using Cmms.Works;
using Cmms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddCmmsLogging();
builder.Services.AddCmmsDatabase(builder.Configuration, builder.Environment);
builder.Services.AddCmmsSecurity();
builder.Services.AddCmmsWeb();
builder.Services.AddCmmsMail(builder.Configuration);
builder.Services.AddDirectoryModule();
builder.Services.AddWorksModule();
builder.Services.AddStockModule();

var app = builder.Build();

if (await app.RunSeedCommandAsync(args))
{
    return;
}

app.UseCmmsPipeline();
app.MapCmmsHost();
app.MapDirectoryModule();
app.MapWorksModule();
app.MapStockModule();

await app.PrepareDatabaseAsync();
app.AnnounceStartup();
await app.RunAsync();

public partial class Program;
