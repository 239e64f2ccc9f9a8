namespace Cmms.Buildings.Buildings;

/// <summary>
/// What makes an ERP classification coherent (Code de la construction, art. R143-19): a building is an ERP
/// with both a type and a category, or is not one at all; the public it may hold fixes categories 1 to 3
/// (over 1,500 people: 1st; 701 to 1,500: 2nd; 301 to 700: 3rd), and 300 people or fewer is the 4th or,
/// below the type's threshold, the 5th.
/// </summary>
internal static class ErpRules
{
    public const int Categories = 5;

    /// <summary>Each rule broken; empty when the classification holds.</summary>
    public static IEnumerable<RuleProblem> Problems(int? category, ErpType? type, int? capacity)
    {
        if (category is null != type is null)
        {
            yield return new(category is null ? "ErpCategory" : "ErpType", "Give both the ERP type and category, or neither when the building is not open to the public.");
        }

        if (category is < 1 or > Categories)
        {
            yield return new("ErpCategory", "The ERP category is 1 to 5.");
        }

        if (capacity is < 0)
        {
            yield return new("ErpCapacity", "The capacity cannot be negative.");
        }

        if (capacity is not null && category is null)
        {
            yield return new("ErpCapacity", "A capacity is only given for an ERP: choose its type and category, or clear the capacity.");
        }

        if (capacity is >= 0 and var people && category is >= 1 and <= Categories and var chosen && !Allows(chosen, people))
        {
            yield return CategoryFor(people) is { } required
                ? new("ErpCategory", "With {0} people, the ERP category is {1}.", people, required)
                : new("ErpCategory", "With 300 people or fewer, an ERP is of category 4 or 5.");
        }
    }

    /// <summary>The category the capacity alone decides, or null when it is 4 or 5 (which the type's threshold decides).</summary>
    public static int? CategoryFor(int capacity) => capacity switch
    {
        > 1500 => 1,
        > 700 => 2,
        > 300 => 3,
        _ => null,
    };

    public static bool Allows(int category, int capacity) =>
        CategoryFor(capacity) is { } required ? category == required : category is 4 or 5;

    /// <summary>
    /// Categories 1 to 4 form the first group, the 5th the second: statutory checks are more frequent (and by
    /// approved bodies) in the first group.
    /// </summary>
    public static bool IsFirstGroup(int category) => category is >= 1 and <= 4;
}
