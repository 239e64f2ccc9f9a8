using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;

namespace Cmms.Stock.Stores;

public sealed class StoreForm : IVersionedForm
{
    public Guid? Id { get; set; }

    public int Version { get; set; }

    [Required, StringLength(20), Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [Required, StringLength(150), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Kind of store")]
    public StoreKind Kind { get; set; }

    [Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public static StoreForm From(Store store) => new()
    {
        Id = store.Id, Version = store.Version, Code = store.Code, Name = store.Name, Kind = store.Kind, SiteId = store.SiteId, IsActive = store.IsActive,
    };

    public void ApplyTo(Store store)
    {
        store.Code = Code.Trim().ToUpperInvariant();
        store.Name = Name.Trim();
        store.Kind = Kind;
        store.SiteId = SiteId;
        store.IsActive = IsActive;
    }
}

public sealed record StoreRow(Guid Id, string Code, string Name, StoreKind Kind, string? Site, bool IsActive, int Items, decimal Value);
