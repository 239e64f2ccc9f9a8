using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cmms.Database;

/// <summary>decimal ⇄ integer ten-thousandths: exact to 4 decimals, sortable and summable in SQL everywhere.</summary>
public sealed class DecimalAsTenThousandthsConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 10_000m, 0, MidpointRounding.AwayFromZero),
    v => v / 10_000m);

/// <summary>Every DateTime is a UTC instant: written as is, read back marked UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
