using Cmms.Kernel.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Cmms.Database;

/// <summary>
/// How a NetTopologySuite geometry property is stored, decided once for every module. On PostgreSQL it is
/// a real PostGIS column (<c>geometry(Point,4326)</c>…) that QGIS opens directly and PostGIS indexes; SQLite
/// and SQL Server keep the geometry as WKB bytes, and modules query their indexed bounding-box columns.
/// </summary>
internal static class GeometryColumns
{
    public static void Apply(ModelBuilder builder, bool postgis)
    {
        var any = false;
        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entityType.GetProperties().Where(p => typeof(Geometry).IsAssignableFrom(p.ClrType)).ToList())
            {
                any = true;
                var column = builder.Entity(entityType.ClrType).Property(property.Name);
                if (postgis)
                {
                    column.HasColumnType($"geometry({PostgisType(property.ClrType)},{Wgs84.Srid})");
                }
                else
                {
                    Convert(column, property.ClrType);
                }
            }
        }

        if (any && postgis)
        {
            builder.HasPostgresExtension("postgis");
        }
    }

    private static string PostgisType(Type clr) => clr.Name switch
    {
        nameof(Point) or nameof(LineString) or nameof(Polygon) or nameof(MultiPoint) or nameof(MultiLineString) or nameof(MultiPolygon) => clr.Name,
        _ => "Geometry",
    };

    private static void Convert(PropertyBuilder column, Type clr)
    {
        var converter = (ValueConverter)Activator.CreateInstance(typeof(WkbConverter<>).MakeGenericType(clr))!;
        var comparer = (ValueComparer)Activator.CreateInstance(typeof(GeometryComparer<>).MakeGenericType(clr))!;
        column.HasConversion(converter, comparer);
    }

    /// <summary>Little-endian WKB with the SRID (EWKB), as NetTopologySuite writes it; read back as WGS84.</summary>
    private sealed class WkbConverter<T>() : ValueConverter<T, byte[]>(g => Write(g), b => Read(b))
        where T : Geometry
    {
        private static byte[] Write(T geometry) => new WKBWriter(ByteOrder.LittleEndian, handleSRID: true).Write(geometry);

        private static T Read(byte[] bytes)
        {
            var geometry = new WKBReader(Wgs84.Factory.GeometryServices).Read(bytes);
            geometry.SRID = Wgs84.Srid;
            return (T)geometry;
        }
    }

    /// <summary>Geometries are mutable reference types: EF must compare their coordinates, and snapshot a copy.</summary>
    private sealed class GeometryComparer<T>() : ValueComparer<T>(
        (a, b) => a == null ? b == null : b != null && a.EqualsExact(b),
        g => g.EnvelopeInternal.GetHashCode(),
        g => (T)g.Copy())
        where T : Geometry;
}
