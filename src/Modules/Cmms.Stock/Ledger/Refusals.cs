using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Ledger;

internal static class Refusals
{
    /// <summary>The refusal in the reader's language.</summary>
    public static string Say(this IStringLocalizer<Text> text, LedgerRefusal refusal) => text[refusal.Key, refusal.Args];
}
