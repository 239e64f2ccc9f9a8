using Cmms.Buildings.Rooms;

namespace Cmms.Buildings.Demo;

/// <summary>A room of the demo: its name, use and usual area in m².</summary>
internal sealed record DemoRoom(string Name, RoomUse Use, double Area);

/// <summary>The rooms each kind of building has on each floor, as French municipal plans name them.</summary>
internal static class DemoRooms
{
    public static IReadOnlyList<DemoRoom> For(Profile profile, int elevation, double footprint)
    {
        var big = Math.Max(60, Math.Round(footprint * 0.6));
        return (profile, elevation) switch
        {
            (_, < 0) => [new("Réserves", RoomUse.Storage, 40), new("Local électrique", RoomUse.Technical, 12)],
            (Profile.School, 0) =>
            [
                new("Hall d'entrée", RoomUse.Circulation, 35), new("Bureau de la direction", RoomUse.Office, 16), new("Salle des maîtres", RoomUse.Meeting, 30),
                new("Classe 1", RoomUse.Classroom, 58), new("Classe 2", RoomUse.Classroom, 56), new("Sanitaires filles", RoomUse.Sanitary, 14),
                new("Sanitaires garçons", RoomUse.Sanitary, 14), new("Local ménage", RoomUse.Storage, 6), new("Local technique", RoomUse.Technical, 10),
            ],
            (Profile.School, _) =>
            [
                new($"Classe {(elevation * 3) + 1}", RoomUse.Classroom, 58), new($"Classe {(elevation * 3) + 2}", RoomUse.Classroom, 57),
                new($"Classe {(elevation * 3) + 3}", RoomUse.Classroom, 55), new(elevation == 1 ? "Bibliothèque (BCD)" : "Salle informatique", RoomUse.Classroom, 45),
                new("Sanitaires", RoomUse.Sanitary, 16),
            ],
            (Profile.Nursery, _) =>
            [
                new("Hall d'accueil", RoomUse.Reception, 30), new("Bureau", RoomUse.Office, 12), new("Salle de motricité", RoomUse.Sports, 90),
                new("Section des petits", RoomUse.Classroom, 60), new("Section des moyens", RoomUse.Classroom, 60), new("Section des grands", RoomUse.Classroom, 60),
                new("Dortoir", RoomUse.Sleeping, 45), new("Sanitaires enfants", RoomUse.Sanitary, 18), new("Office de restauration", RoomUse.Kitchen, 20),
                new("Local technique", RoomUse.Technical, 8),
            ],
            (Profile.TownHall, 0) =>
            [
                new("Accueil - état civil", RoomUse.Reception, 60), new("Bureau des élections", RoomUse.Office, 18), new("Bureau de l'urbanisme", RoomUse.Office, 22),
                new("Salle des mariages", RoomUse.Hall, 110), new("Sanitaires publics", RoomUse.Sanitary, 12), new("Local technique", RoomUse.Technical, 10),
            ],
            (Profile.TownHall, 1) =>
            [
                new("Salle du conseil municipal", RoomUse.Meeting, 120), new("Bureau du maire", RoomUse.Office, 30), new("Secrétariat général", RoomUse.Office, 24),
                new("Bureau des adjoints", RoomUse.Office, 20), new("Sanitaires", RoomUse.Sanitary, 10),
            ],
            (Profile.Office or Profile.TownHall, 0) =>
            [
                new("Accueil", RoomUse.Reception, 30), new("Bureau 1", RoomUse.Office, 16), new("Bureau 2", RoomUse.Office, 14),
                new("Salle de réunion", RoomUse.Meeting, 32), new("Sanitaires", RoomUse.Sanitary, 10), new("Local technique", RoomUse.Technical, 8),
            ],
            (Profile.Office or Profile.TownHall, _) =>
            [
                new("Bureau 1", RoomUse.Office, 16), new("Bureau 2", RoomUse.Office, 16), new("Bureau 3", RoomUse.Office, 14),
                new("Salle de réunion", RoomUse.Meeting, 28), new("Archives", RoomUse.Storage, 20), new("Sanitaires", RoomUse.Sanitary, 10),
            ],
            (Profile.Gym, 0) =>
            [
                new("Salle de sport", RoomUse.Sports, big), new("Vestiaire 1", RoomUse.Changing, 30), new("Vestiaire 2", RoomUse.Changing, 30),
                new("Douches", RoomUse.Sanitary, 20), new("Local matériel", RoomUse.Storage, 40), new("Infirmerie", RoomUse.Other, 10),
                new("Local technique", RoomUse.Technical, 12),
            ],
            (Profile.Gym, _) => [new("Tribune", RoomUse.Hall, 120), new("Salle de réunion du club", RoomUse.Meeting, 35), new("Sanitaires", RoomUse.Sanitary, 10)],
            (Profile.Hall, _) =>
            [
                new("Grande salle", RoomUse.Hall, big), new("Office traiteur", RoomUse.Kitchen, 30), new("Vestiaire", RoomUse.Storage, 12),
                new("Sanitaires", RoomUse.Sanitary, 16), new("Local technique", RoomUse.Technical, 10),
            ],
            (Profile.Library, 0) =>
            [
                new("Espace adultes", RoomUse.Hall, 220), new("Espace jeunesse", RoomUse.Hall, 150), new("Salle d'animation", RoomUse.Meeting, 45),
                new("Banque d'accueil", RoomUse.Reception, 25), new("Sanitaires", RoomUse.Sanitary, 14), new("Local technique", RoomUse.Technical, 10),
            ],
            (Profile.Library, _) => [new("Salle de lecture", RoomUse.Hall, 160), new("Réserve", RoomUse.Storage, 40), new("Bureaux", RoomUse.Office, 35)],
            (Profile.Museum, 0) =>
            [
                new("Accueil - boutique", RoomUse.Reception, 40), new("Salle d'exposition 1", RoomUse.Hall, 90), new("Salle d'exposition 2", RoomUse.Hall, 80),
                new("Sanitaires", RoomUse.Sanitary, 12), new("Local technique", RoomUse.Technical, 8),
            ],
            (Profile.Museum, _) => [new($"Salle d'exposition {(elevation * 2) + 1}", RoomUse.Hall, 85), new($"Salle d'exposition {(elevation * 2) + 2}", RoomUse.Hall, 70), new("Réserve", RoomUse.Storage, 30)],
            (Profile.Church, _) => [new("Nef", RoomUse.Hall, big), new("Sacristie", RoomUse.Storage, 20), new("Local technique", RoomUse.Technical, 6)],
            (Profile.Residence, 0) =>
            [
                new("Accueil", RoomUse.Reception, 25), new("Salle à manger", RoomUse.Dining, 90), new("Cuisine", RoomUse.Kitchen, 35),
                new("Salon commun", RoomUse.Meeting, 50), new("Infirmerie", RoomUse.Other, 14), new("Local technique", RoomUse.Technical, 10),
            ],
            (Profile.Residence, _) =>
            [
                new($"Logement {elevation}01", RoomUse.Sleeping, 32), new($"Logement {elevation}02", RoomUse.Sleeping, 32), new($"Logement {elevation}03", RoomUse.Sleeping, 35),
                new($"Logement {elevation}04", RoomUse.Sleeping, 30), new("Lingerie", RoomUse.Storage, 12),
            ],
            (Profile.Workshop, _) =>
            [
                new("Atelier menuiserie", RoomUse.Workshop, 220), new("Atelier serrurerie", RoomUse.Workshop, 160), new("Atelier électricité", RoomUse.Workshop, 90),
                new("Vestiaires", RoomUse.Changing, 40), new("Sanitaires et douches", RoomUse.Sanitary, 25), new("Local technique", RoomUse.Technical, 12),
            ],
            (Profile.Garage, _) =>
            [
                new("Garage véhicules légers", RoomUse.Workshop, 300), new("Garage poids lourds", RoomUse.Workshop, 350), new("Magasin", RoomUse.Storage, 150),
                new("Local technique", RoomUse.Technical, 12),
            ],
            (Profile.Restaurant, _) =>
            [
                new("Salle de restauration", RoomUse.Dining, big), new("Cuisine", RoomUse.Kitchen, 50), new("Plonge", RoomUse.Kitchen, 15),
                new("Réserve alimentaire", RoomUse.Storage, 15), new("Vestiaire du personnel", RoomUse.Changing, 10), new("Local technique", RoomUse.Technical, 8),
            ],
            (Profile.Kiosk, _) => [new("Sanitaires publics", RoomUse.Sanitary, 20), new("Local technique", RoomUse.Technical, 6)],
            (Profile.Technical, _) => [new("Local principal", RoomUse.Storage, big), new("Local technique", RoomUse.Technical, 10)],
            (Profile.Pool, _) =>
            [
                new("Hall des bassins", RoomUse.Sports, big), new("Accueil", RoomUse.Reception, 30), new("Vestiaires collectifs", RoomUse.Changing, 80),
                new("Douches", RoomUse.Sanitary, 40), new("Infirmerie", RoomUse.Other, 12), new("Local technique", RoomUse.Technical, 20),
            ],
            (Profile.Music, 0) =>
            [
                new("Accueil", RoomUse.Reception, 20), new("Salle de formation musicale", RoomUse.Classroom, 50), new("Studio de percussions", RoomUse.Classroom, 30),
                new("Salle d'orchestre", RoomUse.Hall, 90), new("Sanitaires", RoomUse.Sanitary, 12), new("Local technique", RoomUse.Technical, 8),
            ],
            (Profile.Music, _) => [new($"Studio {elevation}1", RoomUse.Classroom, 20), new($"Studio {elevation}2", RoomUse.Classroom, 20), new($"Studio {elevation}3", RoomUse.Classroom, 22), new("Bureau", RoomUse.Office, 14)],
            (Profile.House, 0) => [new("Séjour", RoomUse.Other, 25), new("Cuisine", RoomUse.Kitchen, 10), new("Salle d'eau", RoomUse.Sanitary, 5), new("Local technique", RoomUse.Technical, 5)],
            (Profile.House, _) => [new("Chambre 1", RoomUse.Sleeping, 12), new("Chambre 2", RoomUse.Sleeping, 10)],
            _ => [new("Local", RoomUse.Other, 20)],
        };
    }
}
