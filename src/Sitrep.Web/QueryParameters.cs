using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Common;

namespace Sitrep.Web;

/// <summary>
/// Reads a request's query string strictly: every problem names its parameter, and a parameter the endpoint
/// does not know is an error too (a misspelt filter would otherwise silently return everything).
/// </summary>
internal sealed class QueryParameters
{
    private readonly IQueryCollection _query;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];

    public QueryParameters(IQueryCollection query) => _query = query;

    public IReadOnlyList<string> Errors
    {
        get
        {
            var unknown = _query.Keys.Where(k => !_known.Contains(k)).Order(StringComparer.Ordinal)
                .Select(k => $"unknown parameter '{k}' (known: {string.Join(", ", _known.Order(StringComparer.Ordinal))})");
            return [.. _errors, .. unknown];
        }
    }

    public string? Text(string name)
    {
        var value = Single(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public DateOnly? Date(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (IsoDate.TryRead(value, out var date))
        {
            return date;
        }

        _errors.Add($"parameter '{name}': '{value}' is not a date (yyyy-MM-dd)");
        return null;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var value = Text(name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        _errors.Add($"parameter '{name}': '{value}' is not a whole number from {min} to {max}");
        return fallback;
    }

    public string? OneOf(string name, params string[] allowed)
    {
        var value = Text(name);
        if (value is null || allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return value?.ToLowerInvariant();
        }

        _errors.Add($"parameter '{name}': '{value}' is not one of {string.Join(", ", allowed)}");
        return null;
    }

    public void Before(string fromName, DateOnly? from, string toName, DateOnly? to)
    {
        if (from is { } start && to is { } end && end < start)
        {
            _errors.Add($"parameter '{toName}': {end:yyyy-MM-dd} is before '{fromName}' {start:yyyy-MM-dd}");
        }
    }

    private string? Single(string name)
    {
        _known.Add(name);
        if (!_query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            _errors.Add($"parameter '{name}' is given {values.Count} times");
        }

        return values[0];
    }
}
