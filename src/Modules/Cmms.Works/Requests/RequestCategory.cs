namespace Cmms.Works.Requests;

/// <summary>What kind of problem a referent reports; routing rules send each to a service.</summary>
public enum RequestCategory
{
    Plumbing,
    Electricity,
    Heating,
    Locksmith,
    Painting,
    Carpentry,
    Cleaning,
    Safety,
    GreenSpaces,
    Roads,
    Vehicles,
    Other,
}
