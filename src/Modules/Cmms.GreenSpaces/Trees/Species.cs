namespace Cmms.GreenSpaces.Trees;

/// <summary>A tree species of the reference list: its Latin (scientific) and French names.</summary>
public sealed record Species(string LatinName, string FrenchName);

/// <summary>
/// Species common in French towns' streets and parks, offered on the tree form and used to complete an
/// import that gives only one of the names. Any other species may still be entered by hand.
/// </summary>
public static class SpeciesList
{
    public static readonly IReadOnlyList<Species> All =
    [
        new("Platanus × acerifolia", "Platane commun"),
        new("Tilia cordata", "Tilleul à petites feuilles"),
        new("Tilia platyphyllos", "Tilleul à grandes feuilles"),
        new("Tilia × europaea", "Tilleul commun"),
        new("Acer platanoides", "Érable plane"),
        new("Acer pseudoplatanus", "Érable sycomore"),
        new("Acer campestre", "Érable champêtre"),
        new("Quercus robur", "Chêne pédonculé"),
        new("Quercus petraea", "Chêne sessile"),
        new("Quercus rubra", "Chêne rouge d'Amérique"),
        new("Aesculus hippocastanum", "Marronnier d'Inde"),
        new("Aesculus × carnea", "Marronnier rouge"),
        new("Fraxinus excelsior", "Frêne commun"),
        new("Carpinus betulus", "Charme commun"),
        new("Betula pendula", "Bouleau verruqueux"),
        new("Prunus avium", "Merisier"),
        new("Prunus cerasifera 'Pissardii'", "Prunier myrobolan pourpre"),
        new("Pinus nigra", "Pin noir"),
        new("Pinus sylvestris", "Pin sylvestre"),
        new("Celtis australis", "Micocoulier de Provence"),
        new("Liquidambar styraciflua", "Copalme d'Amérique"),
        new("Robinia pseudoacacia", "Robinier faux-acacia"),
        new("Styphnolobium japonicum", "Sophora du Japon"),
        new("Ginkgo biloba", "Arbre aux quarante écus"),
        new("Gleditsia triacanthos", "Févier d'Amérique"),
        new("Fagus sylvatica", "Hêtre commun"),
        new("Cedrus atlantica", "Cèdre de l'Atlas"),
        new("Magnolia grandiflora", "Magnolia à grandes fleurs"),
        new("Alnus glutinosa", "Aulne glutineux"),
        new("Salix alba", "Saule blanc"),
        new("Juglans regia", "Noyer commun"),
        new("Sorbus aucuparia", "Sorbier des oiseleurs"),
        new("Pyrus calleryana 'Chanticleer'", "Poirier de Chine"),
        new("Ulmus 'Lutèce'", "Orme Lutèce"),
        new("Zelkova serrata", "Zelkova du Japon"),
        new("Taxus baccata", "If commun"),
    ];

    /// <summary>The species whose Latin or French name is <paramref name="name"/> (case and accents ignored).</summary>
    public static Species? Find(string? name)
    {
        var wanted = Kernel.Assets.SearchText.Normalise(name);
        return wanted.Length == 0
            ? null
            : All.FirstOrDefault(s => Kernel.Assets.SearchText.Normalise(s.LatinName) == wanted || Kernel.Assets.SearchText.Normalise(s.FrenchName) == wanted);
    }
}
