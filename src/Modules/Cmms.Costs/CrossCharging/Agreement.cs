using Cmms.Kernel.Domain;

namespace Cmms.Costs.CrossCharging;

/// <summary>
/// An agreement by which one of this organisation's services works for another organisation of the deployment
/// (a convention de mise à disposition de service: the city's road team working for the intercommunality that holds
/// the roads competence, or only on some of its sites; a shared garage). The costs this service books on the sites named (every site of the service
/// when none is) from <see cref="EffectiveFrom"/> on are re-charged to the other organisation each period, at the
/// rates of <see cref="ChargeRate"/>. The charged organisation holds a <see cref="ReceivedAgreement"/> pointing here.
/// </summary>
public sealed class Agreement : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    /// <summary>This organisation's name as the charged one reads it on its statements.</summary>
    public required string ProviderName { get; set; }

    public Guid BeneficiaryOrganisationId { get; set; }

    public required string BeneficiaryName { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>The service's name, kept so that the charged organisation reads it without seeing this one's directory.</summary>
    public required string ServiceName { get; set; }

    /// <summary>Sites of this organisation where the work is done for the other; empty: every site.</summary>
    public List<Guid> SiteIds { get; set; } = [];

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Bumped by every rate added, so two administrators adding rates at the same time are told.</summary>
    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>
/// The charged organisation's side of an <see cref="Agreement"/>: its finance lists and opens the statements it
/// receives through this row, which belongs to it (so its identifier means nothing to any third organisation).
/// </summary>
public sealed class ReceivedAgreement : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid AgreementId { get; set; }

    public Guid ProviderOrganisationId { get; set; }
}
