using System.Globalization;
using Cmms.Stock.Items;

namespace Cmms.Stock.Demo;

/// <summary>An article the demo generates: its reference, label, unit, category, list price and where it is kept.</summary>
internal sealed record CatalogueItem(string Reference, string Label, string Unit, ItemCategory Category, decimal Price, string Aisle);

/// <summary>
/// The demo's catalogue of a municipal store: plumbing, electricity, fleet parts, green-spaces supplies,
/// hardware and protective equipment, made from families of articles and their sizes. Deterministic: the
/// same count gives the same articles, references and prices.
/// </summary>
internal static class Catalogue
{
    private sealed record Family(ItemCategory Category, string Pattern, string Unit, decimal Price, string[] Sizes);

    private static readonly string[] Vehicles =
        ["Renault Master", "Renault Kangoo", "Peugeot Partner", "Iveco Daily", "Citroën Jumper", "Tracteur Kubota M5", "Autoportée John Deere X950", "Balayeuse Schmidt Swingo"];

    private static readonly Family[] Families =
    [
        new(ItemCategory.Plumbing, "Coude laiton femelle-femelle {0}", Units.Piece, 2.40m, ["12/17", "15/21", "20/27", "26/34", "33/42"]),
        new(ItemCategory.Plumbing, "Té égal laiton {0}", Units.Piece, 3.10m, ["12/17", "15/21", "20/27", "26/34", "33/42"]),
        new(ItemCategory.Plumbing, "Manchon à sertir cuivre Ø{0} mm", Units.Piece, 1.85m, ["12", "14", "16", "18", "22", "28"]),
        new(ItemCategory.Plumbing, "Tube cuivre écroui Ø{0} mm", "m", 9.80m, ["12", "14", "16", "18", "22", "28"]),
        new(ItemCategory.Plumbing, "Tube PER nu Ø{0} mm", "m", 0.95m, ["12", "16", "20"]),
        new(ItemCategory.Plumbing, "Robinet d'arrêt quart de tour {0}", Units.Piece, 8.60m, ["1/2\"", "3/4\"", "1\""]),
        new(ItemCategory.Plumbing, "Flexible inox femelle-femelle {0} cm", Units.Piece, 6.20m, ["30", "40", "50", "60"]),
        new(ItemCategory.Plumbing, "Siphon de lavabo PVC Ø{0}", Units.Piece, 7.90m, ["32", "40"]),
        new(ItemCategory.Plumbing, "Cartouche de mitigeur céramique Ø{0} mm", Units.Piece, 14.50m, ["35", "40"]),
        new(ItemCategory.Plumbing, "Mécanisme de chasse double débit {0}", Units.Piece, 24.00m, ["3/6 l", "4,5/9 l"]),
        new(ItemCategory.Plumbing, "Joint fibre {0}", Units.Piece, 0.25m, ["12/17", "15/21", "20/27", "26/34"]),
        new(ItemCategory.Plumbing, "Tube PVC évacuation Ø{0} mm", "m", 3.40m, ["32", "40", "50", "100"]),
        new(ItemCategory.Electricity, "Disjoncteur modulaire {0} A courbe C", Units.Piece, 9.80m, ["2", "10", "16", "20", "32"]),
        new(ItemCategory.Electricity, "Interrupteur différentiel 40 A 30 mA type {0}", Units.Piece, 48.00m, ["AC", "A"]),
        new(ItemCategory.Electricity, "Câble R2V 3G{0} mm²", "m", 1.35m, ["1,5", "2,5", "6"]),
        new(ItemCategory.Electricity, "Fil H07V-U {0}", "m", 0.32m, ["1,5 mm² bleu", "1,5 mm² rouge", "2,5 mm² vert-jaune", "2,5 mm² noir"]),
        new(ItemCategory.Electricity, "Ampoule LED E27 {0}", Units.Piece, 4.20m, ["9 W 2700 K", "11 W 4000 K", "15 W 4000 K"]),
        new(ItemCategory.Electricity, "Tube LED T8 {0} mm", Units.Piece, 7.50m, ["600", "1200", "1500"]),
        new(ItemCategory.Electricity, "Bloc autonome d'éclairage de sécurité {0} lm", Units.Piece, 39.00m, ["45", "60"]),
        new(ItemCategory.Electricity, "Gaine ICTA Ø{0} mm", "m", 0.55m, ["16", "20", "25"]),
        new(ItemCategory.Electricity, "Prise de courant 2P+T {0}", Units.Piece, 5.60m, ["encastrée", "en saillie étanche"]),
        new(ItemCategory.Electricity, "Projecteur LED extérieur {0} W", Units.Piece, 32.00m, ["20", "50", "100"]),
        new(ItemCategory.FleetParts, "Filtre à huile {0}", Units.Piece, 11.50m, Vehicles),
        new(ItemCategory.FleetParts, "Filtre à air {0}", Units.Piece, 18.90m, Vehicles),
        new(ItemCategory.FleetParts, "Filtre à gazole {0}", Units.Piece, 21.40m, Vehicles),
        new(ItemCategory.FleetParts, "Plaquettes de frein avant {0}", Units.Piece, 42.00m, Vehicles),
        new(ItemCategory.FleetParts, "Balai d'essuie-glace {0} mm", Units.Piece, 9.90m, ["450", "530", "600", "650"]),
        new(ItemCategory.FleetParts, "Ampoule {0} 12 V", Units.Piece, 3.20m, ["H1", "H4", "H7", "P21W", "W5W"]),
        new(ItemCategory.FleetParts, "Huile moteur {0}", "l", 7.80m, ["5W30", "10W40", "15W40"]),
        new(ItemCategory.FleetParts, "Liquide de refroidissement {0}", "l", 4.10m, ["-25 °C", "-35 °C"]),
        new(ItemCategory.FleetParts, "Batterie 12 V {0} Ah", Units.Piece, 96.00m, ["60", "74", "95"]),
        new(ItemCategory.GreenSpaces, "Fil de débroussailleuse Ø{0} mm", "m", 0.18m, ["2,4", "3", "3,3"]),
        new(ItemCategory.GreenSpaces, "Chaîne de tronçonneuse {0} cm", Units.Piece, 24.50m, ["35", "40", "45"]),
        new(ItemCategory.GreenSpaces, "Semences gazon {0}", "kg", 8.90m, ["sport", "rustique", "ombre"]),
        new(ItemCategory.GreenSpaces, "Engrais {0}", "kg", 2.30m, ["gazon longue durée", "massifs fleuris", "organique"]),
        new(ItemCategory.GreenSpaces, "Terreau {0}", "l", 0.21m, ["horticole", "plantation"]),
        new(ItemCategory.GreenSpaces, "Paillage {0}", "l", 0.12m, ["écorces de pin", "chanvre"]),
        new(ItemCategory.GreenSpaces, "Tuteur châtaignier {0} m", Units.Piece, 4.80m, ["1,5", "2", "2,5"]),
        new(ItemCategory.GreenSpaces, "Sac à déchets verts {0} l", Units.Piece, 1.10m, ["100", "200"]),
        new(ItemCategory.GreenSpaces, "Bulbes de {0} (filet de 25)", Units.Piece, 6.50m, ["tulipes", "narcisses", "crocus"]),
        new(ItemCategory.Hardware, "Vis bois tête fraisée {0} (boîte de 200)", Units.Piece, 6.90m, ["4x30", "4x40", "5x50", "6x80"]),
        new(ItemCategory.Hardware, "Cheville nylon {0} mm (boîte de 100)", Units.Piece, 5.40m, ["6", "8", "10"]),
        new(ItemCategory.Hardware, "Cylindre européen {0}", Units.Piece, 27.00m, ["30x30", "30x40", "40x40"]),
        new(ItemCategory.Hardware, "Cadenas laiton {0} mm", Units.Piece, 12.50m, ["40", "50"]),
        new(ItemCategory.Hardware, "Mastic silicone {0} (cartouche)", Units.Piece, 6.10m, ["sanitaire blanc", "translucide"]),
        new(ItemCategory.Hardware, "Peinture glycéro {0}", "l", 18.00m, ["blanche", "grise"]),
        new(ItemCategory.Safety, "Gants de manutention taille {0}", Units.Piece, 3.60m, ["8", "9", "10"]),
        new(ItemCategory.Safety, "Gilet haute visibilité taille {0}", Units.Piece, 4.90m, ["M", "L", "XL"]),
        new(ItemCategory.Safety, "Masque FFP2 {0}", Units.Piece, 0.65m, ["sans soupape", "avec soupape"]),
        new(ItemCategory.Safety, "Bouchons d'oreille {0} (boîte de 200)", Units.Piece, 21.00m, ["mousse", "réutilisables"]),
        new(ItemCategory.Safety, "Lunettes de protection {0}", Units.Piece, 5.30m, ["incolores", "teintées"]),
    ];

    /// <summary>Makers the large catalogue declines each article in, when the families' sizes are used up.</summary>
    private static readonly string[] Makes = ["", "Prestige", "Pro", "Éco", "Atelier", "Chantier", "Premium", "Standard", "Renforcé", "Inox", "Compact", "Longue durée"];

    public static string Prefix(ItemCategory category) => category switch
    {
        ItemCategory.Plumbing => "PLB",
        ItemCategory.Electricity => "ELE",
        ItemCategory.FleetParts => "FLT",
        ItemCategory.GreenSpaces => "ESV",
        ItemCategory.Hardware => "QNC",
        _ => "EPI",
    };

    /// <summary>Articles <paramref name="from"/> (0-based) to <paramref name="from"/> + <paramref name="count"/>, families in turn.</summary>
    public static IEnumerable<CatalogueItem> Items(int from, int count)
    {
        var sizes = Families.Sum(f => f.Sizes.Length);
        var numbers = new Dictionary<ItemCategory, int>();
        var made = 0;
        for (var index = 0; made < from + count; index++)
        {
            var round = index / sizes;
            var (family, size) = Pick(index % sizes);
            numbers[family.Category] = numbers.GetValueOrDefault(family.Category) + 1;
            if (made++ < from)
            {
                continue;
            }

            var make = Makes[round % Makes.Length];
            var series = round / Makes.Length;
            var label = string.Format(CultureInfo.InvariantCulture, family.Pattern, size)
                + (make.Length > 0 ? $" — gamme {make}" : string.Empty) + (series > 0 ? $" (série {series + 1})" : string.Empty);
            var price = decimal.Round(family.Price * (1 + (0.04m * (round % 7))), 2);
            var aisle = $"{(char)('A' + ((int)family.Category % 6))}-{(numbers[family.Category] / 40) + 1:00}-{(numbers[family.Category] % 40 / 8) + 1}";
            yield return new CatalogueItem($"{Prefix(family.Category)}-{numbers[family.Category]:00000}", label, family.Unit, family.Category, price, aisle);
        }
    }

    private static (Family Family, string Size) Pick(int index)
    {
        // Families interleaved: the first articles of the demo already cover every category.
        var families = Families.Length;
        var depth = Families.Max(f => f.Sizes.Length);
        var seen = 0;
        for (var d = 0; d < depth; d++)
        {
            for (var f = 0; f < families; f++)
            {
                if (d < Families[f].Sizes.Length)
                {
                    if (seen++ == index)
                    {
                        return (Families[f], Families[f].Sizes[d]);
                    }
                }
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
