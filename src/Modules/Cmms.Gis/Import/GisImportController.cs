using System.Globalization;
using System.Text;
using System.Text.Json;
using Cmms.Gis.Import.Mapping;
using Cmms.Gis.Import.Reading;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cmms.Gis.Import;

/// <summary>
/// Import of an existing inventory into a register: upload a GeoJSON, CSV or XLSX file, map its columns to
/// the register's fields, read the dry run (every rejected row with its reason), then import the accepted
/// rows — all of them in one transaction, or none. Both runs happen in the background; the page follows
/// their progress. Administrators and service managers only.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.ServiceManager}")]
[Route("gis/import")]
public sealed class GisImportController(
    DbContext db, ICurrentUser user, IClock clock, IConfiguration configuration, IStringLocalizer<Text> text) : Controller
{
    /// <summary>A run under way that no node has written for this long was interrupted (its node stopped).</summary>
    internal static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);

    private const int PreviewRows = 5;
    private const int RejectionsPerPage = 100;

    /// <summary>Files are kept at most this long after upload, whatever became of the run.</summary>
    private static readonly TimeSpan KeepFiles = TimeSpan.FromDays(1);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? register, CancellationToken cancellationToken) =>
        View("/Import/Index.cshtml", await IndexPageAsync(register, cancellationToken));

    [HttpPost("")]
    [ImportUploadLimit]
    public async Task<IActionResult> Upload(string? register, IFormFile? file, CancellationToken cancellationToken)
    {
        var registers = Registers;
        var chosen = registers.Find(register);
        var megabytes = ImportUploadLimitAttribute.Megabytes(configuration);
        if (chosen is null)
        {
            ModelState.AddModelError("register", text["Choose the register to import into."]);
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", text["Choose the file to import."]);
        }
        else if (file.Length > megabytes * 1024L * 1024)
        {
            ModelState.AddModelError("file", text["The file is larger than {0} MB: split it into several files.", megabytes]);
        }

        SourceTable? table = null;
        byte[]? content = null;
        if (ModelState.IsValid)
        {
            content = new byte[file!.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            try
            {
                var format = ImportFile.Detect(content, file.FileName);
                table = TableReader.Read(format, content, n => text["Column {0}", n]);
                if (table.Rows.Count == 0)
                {
                    ModelState.AddModelError("file", text["The file has no rows to import."]);
                }
            }
            catch (ImportFileException e)
            {
                ModelState.AddModelError("file", text[e.Reason, e.Arguments]);
            }
        }

        if (!ModelState.IsValid)
        {
            var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            return IsScripted(Request)
                ? StatusCode(StatusCodes.Status422UnprocessableEntity, new { errors })
                : View("/Import/Index.cshtml", await IndexPageAsync(register, cancellationToken));
        }

        var mapping = ColumnMapping.Guess(chosen!, table!.Columns, table.Format, f => registers.Label(chosen!, f));
        var now = clock.UtcNow;
        var run = new ImportRun
        {
            RegisterId = chosen!.Id,
            FileName = Path.GetFileName(file!.FileName) is { Length: <= 255 } name ? name : Path.GetFileName(file.FileName)[..255],
            Format = table.Format,
            Content = content,
            FileBytes = content!.Length,
            ColumnsJson = JsonSerializer.Serialize(table.Columns, ImportProcess.Json),
            PreviewJson = JsonSerializer.Serialize(table.Rows.Take(PreviewRows).Select(r => r.Cells), ImportProcess.Json),
            MappingJson = JsonSerializer.Serialize(mapping, ImportProcess.Json),
            State = ImportState.Uploaded,
            RowsTotal = table.Rows.Count,
            StartedByUserId = user.UserId,
            StartedBy = user.DisplayName,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await ForgetOldFilesAsync(cancellationToken);

        var url = $"/gis/import/{run.Id}";
        return IsScripted(Request) ? Json(new { url }) : Redirect(url);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, int page = 1, CancellationToken cancellationToken = default)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? NotFound() : View("/Import/Show.cshtml", RunPage(run, null, Math.Max(1, page)));
    }

    /// <summary>Saves the mapping and starts the dry run. Refused mappings show the page again with every reason.</summary>
    [HttpPost("{id:guid}/mapping")]
    public async Task<IActionResult> Map(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        var register = Registers.Find(run.RegisterId);
        var columns = Columns(run);
        var form = Request.Form;
        var mapping = new ColumnMapping(
            (register?.Fields ?? []).ToDictionary(f => f.Name, f => form[$"field.{f.Name}"].ToString() is { Length: > 0 } c ? c : null),
            Enum.TryParse<GeometrySource>(form["geometry"], out var source) ? source : GeometrySource.None,
            Chosen(form["longitude"]), Chosen(form["latitude"]), Chosen(form["wkt"]));
        if (register is null)
        {
            ModelState.AddModelError(string.Empty, text["This register no longer accepts imports."]);
        }
        else
        {
            foreach (var (reason, argument) in mapping.Refusals(register, columns, run.Format, f => Registers.Label(register, f)))
            {
                ModelState.AddModelError(string.Empty, text[reason, argument ?? string.Empty]);
            }
        }

        var json = JsonSerializer.Serialize(mapping, ImportProcess.Json);
        var now = clock.UtcNow;
        if (ModelState.IsValid)
        {
            // One dry run at a time: the state moves only from a state that allows it (a second click changes nothing).
            var started = await db.ImportRuns.Where(r => r.Id == id && r.Content != null
                    && (r.State == ImportState.Uploaded || r.State == ImportState.Checked || r.State == ImportState.Failed))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.MappingJson, json).SetProperty(r => r.State, ImportState.Checking)
                    .SetProperty(r => r.RowsDone, 0).SetProperty(r => r.RowsAccepted, 0).SetProperty(r => r.RowsRejected, 0)
                    .SetProperty(r => r.RejectionsJson, (string?)null).SetProperty(r => r.Error, (string?)null)
                    .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);
            if (started == 1)
            {
                Runner.Start(id, ImportStep.DryRun, User);
            }
            else
            {
                TempData["FlashError"] = text["This import cannot be checked now: see where it stands below."].Value;
            }

            return Redirect($"/gis/import/{id}");
        }

        return View("/Import/Show.cshtml", RunPage(run, mapping, 1));
    }

    /// <summary>Imports the rows the dry run accepted, once: the rejected rows are left out, as the person saw.</summary>
    [HttpPost("{id:guid}/import")]
    public async Task<IActionResult> Import(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.ImportRuns.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var now = clock.UtcNow;
        var started = await db.ImportRuns
            .Where(r => r.Id == id && r.State == ImportState.Checked && r.RowsAccepted > 0 && r.Content != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ImportState.Importing).SetProperty(r => r.RowsDone, 0).SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);
        if (started == 1)
        {
            Runner.Start(id, ImportStep.Import, User);
        }
        else
        {
            TempData["FlashError"] = text["This import cannot be started now: see where it stands below."].Value;
        }

        return Redirect($"/gis/import/{id}");
    }

    [HttpPost("{id:guid}/abandon")]
    public async Task<IActionResult> Abandon(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.ImportRuns.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var now = clock.UtcNow;
        var stale = now - Stale;
        var done = await db.ImportRuns
            .Where(r => r.Id == id && (r.State == ImportState.Uploaded || r.State == ImportState.Checked || r.State == ImportState.Failed
                || ((r.State == ImportState.Checking || r.State == ImportState.Importing) && r.UpdatedAtUtc < stale)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ImportState.Abandoned).SetProperty(r => r.Content, (byte[]?)null)
                .SetProperty(r => r.PreviewJson, (string?)null).SetProperty(r => r.FinishedAtUtc, now).SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);
        TempData[done == 1 ? "Flash" : "FlashError"] = done == 1
            ? text["The import is abandoned: nothing was written and the file is deleted."].Value
            : text["A run is under way: it cannot be abandoned now."].Value;
        return Redirect(done == 1 ? "/gis/import" : $"/gis/import/{id}");
    }

    /// <summary>Where the run stands, for the page's progress bar (polled every second).</summary>
    [HttpGet("{id:guid}/progress")]
    public async Task<IActionResult> Progress(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.State, r.RowsDone, r.RowsTotal, r.RowsAccepted, r.RowsRejected, r.RowsImported, r.Error, r.UpdatedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        var state = EffectiveState(run.Id, run.State, run.UpdatedAtUtc);
        var (done, total) = (run.RowsDone, run.RowsTotal);
        if (state is ImportState.Checking or ImportState.Importing && Live.Progress(id) is { } live)
        {
            (done, total) = (Math.Max(done, live.Done), live.Total > 0 ? live.Total : total);
        }

        var error = state == ImportState.Failed && run.State != ImportState.Failed ? Interrupted : run.Error;
        var percent = total == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(done, total) / total);
        return Json(new ImportProgress(state.ToString(), done, total, percent, run.RowsAccepted, run.RowsRejected, run.RowsImported, error,
            state is ImportState.Checking or ImportState.Importing));
    }

    /// <summary>Every rejected row and its reason, as a CSV the person can open beside the file to correct it.</summary>
    [HttpGet("{id:guid}/rejections.csv")]
    public async Task<IActionResult> Rejections(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.FileName, r.RejectionsJson }).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        csv.Append(text["Line"]).Append(';').Append(text["Reason"]).Append("\r\n");
        foreach (var rejection in JsonSerializer.Deserialize<List<Rejection>>(run.RejectionsJson ?? "[]", ImportProcess.Json)!)
        {
            csv.Append(rejection.Line.ToString(CultureInfo.InvariantCulture)).Append(';').Append('"').Append(rejection.Reason.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        }

        // With its byte order mark, so that a French spreadsheet opens it in UTF-8 with ';' between columns.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"{Path.GetFileNameWithoutExtension(run.FileName)}-{text["rejections"]}.csv");
    }

    /// <summary>Upload through the page's script (with a progress bar) answers JSON instead of a page.</summary>
    internal static bool IsScripted(HttpRequest request) => request.Headers["X-Requested-With"] == "XMLHttpRequest";

    private RegisterDirectory Registers => HttpContext.RequestServices.GetRequiredService<RegisterDirectory>();

    private ImportRunner Runner => HttpContext.RequestServices.GetRequiredService<ImportRunner>();

    private LiveImports Live => HttpContext.RequestServices.GetRequiredService<LiveImports>();

    private string Interrupted => text["The run was interrupted (the server stopped): nothing was written. Start it again."];

    /// <summary>A run under way that this node does not run and nobody has written for minutes is over: it failed.</summary>
    private ImportState EffectiveState(Guid id, ImportState state, DateTime updatedAtUtc) =>
        state is ImportState.Checking or ImportState.Importing && !Live.IsRunning(id) && updatedAtUtc < clock.UtcNow - Stale
            ? ImportState.Failed
            : state;

    private static string? Chosen(string? column) => string.IsNullOrEmpty(column) ? null : column;

    private static List<string> Columns(ImportRun run) => JsonSerializer.Deserialize<List<string>>(run.ColumnsJson, ImportProcess.Json) ?? [];

    private ImportRunPage RunPage(ImportRun run, ColumnMapping? posted, int page)
    {
        var register = Registers.Find(run.RegisterId);
        var mapping = posted ?? JsonSerializer.Deserialize<ColumnMapping>(run.MappingJson ?? "null", ImportProcess.Json)
            ?? new ColumnMapping(new Dictionary<string, string?>(), GeometrySource.None);
        var fields = (register?.Fields ?? [])
            .Select(f => new FieldChoice(f.Name, Registers.Label(register!, f), text["FieldType." + f.Type], f.Required, mapping.Fields.GetValueOrDefault(f.Name)))
            .ToList();
        var rejections = JsonSerializer.Deserialize<List<Rejection>>(run.RejectionsJson ?? "[]", ImportProcess.Json)!;
        var state = EffectiveState(run.Id, run.State, run.UpdatedAtUtc);
        var (done, total) = (run.RowsDone, run.RowsTotal);
        if (Live.Progress(run.Id) is { } live && state is ImportState.Checking or ImportState.Importing)
        {
            (done, total) = (Math.Max(done, live.Done), live.Total > 0 ? live.Total : total);
        }

        return new ImportRunPage(
            run.Id, register?.Title ?? run.RegisterId, register?.Kind, run.FileName, run.Format, state, Columns(run),
            JsonSerializer.Deserialize<List<List<string?>>>(run.PreviewJson ?? "[]", ImportProcess.Json)!, fields, mapping,
            total, done, run.RowsAccepted, run.RowsRejected, run.RowsImported,
            state == ImportState.Failed && run.State != ImportState.Failed ? Interrupted : run.Error,
            run.Content is not null,
            new Paged<Rejection>([.. rejections.Skip((page - 1) * RejectionsPerPage).Take(RejectionsPerPage)], page, RejectionsPerPage, rejections.Count));
    }

    private async Task<ImportIndexPage> IndexPageAsync(string? register, CancellationToken cancellationToken)
    {
        var registers = Registers;
        var recent = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc).Take(10)
            .Select(r => new { r.Id, r.RegisterId, r.FileName, r.State, r.RowsTotal, r.RowsImported, r.CreatedAtUtc, r.StartedBy, r.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        return new ImportIndexPage(
            [.. registers.All.Select(r => new RegisterChoice(r.Id, r.Title, string.Join(", ", r.Fields.Select(f => registers.Label(r, f) + (f.Required ? " *" : string.Empty)))))],
            [.. HttpContext.RequestServices.GetRequiredService<Layers.LayerDirectory>().All.Select(l => new ExportChoice(l.Id, l.Title))],
            [.. recent.Select(r => new RunRow(
                r.Id, registers.Find(r.RegisterId)?.Title ?? r.RegisterId, r.FileName, EffectiveState(r.Id, r.State, r.UpdatedAtUtc), r.RowsTotal, r.RowsImported, r.CreatedAtUtc, r.StartedBy))],
            ImportUploadLimitAttribute.Megabytes(configuration),
            register);
    }

    /// <summary>Files are not kept past a day: whatever became of their run, the bytes go (every organisation's, cheaply, at each upload).</summary>
    private async Task ForgetOldFilesAsync(CancellationToken cancellationToken)
    {
        var before = clock.UtcNow - KeepFiles;
        await db.ImportRuns.IgnoreQueryFilters().Where(r => r.Content != null && r.CreatedAtUtc < before)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Content, (byte[]?)null).SetProperty(r => r.PreviewJson, (string?)null), cancellationToken);
    }
}
