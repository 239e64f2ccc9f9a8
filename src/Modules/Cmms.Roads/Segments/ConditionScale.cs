namespace Cmms.Roads.Segments;

public enum ConditionBand
{
    Good,
    Fair,
    Poor,
    Bad,
}

/// <summary>
/// The condition index of a segment is a score from 0 to 100 given at the yearly survey (100: new surface,
/// no defect). Managers read it in four bands, which decide the work: 80 and above good (nothing to do),
/// 60–79 fair (surface treatment to plan), 40–59 poor (resurfacing), below 40 bad (structural repair).
/// </summary>
public static class ConditionScale
{
    public const int Min = 0;
    public const int Max = 100;

    public static ConditionBand Band(int index) => index switch
    {
        < Min or > Max => throw new ArgumentOutOfRangeException(nameof(index), index, "A condition index is between 0 and 100."),
        >= 80 => ConditionBand.Good,
        >= 60 => ConditionBand.Fair,
        >= 40 => ConditionBand.Poor,
        _ => ConditionBand.Bad,
    };
}
