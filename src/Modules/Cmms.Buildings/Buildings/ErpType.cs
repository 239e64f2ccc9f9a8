namespace Cmms.Buildings.Buildings;

/// <summary>
/// The types of établissement recevant du public of the fire-safety regulation (arrêté du 25 juin 1980):
/// the letter says what the building is used for, and with the category which rules and checks apply.
/// Labels are "ErpType.X" texts ("R — établissements d'enseignement…").
/// </summary>
public enum ErpType
{
    J,
    L,
    M,
    N,
    O,
    P,
    R,
    S,
    T,
    U,
    V,
    W,
    X,
    Y,
    PA,
    CTS,
    SG,
    PS,
    GA,
    OA,
    EF,
    REF,
}
