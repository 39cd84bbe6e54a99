using System.CommandLine;
using Sitrep.Common;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by several commands, with their parsing and validation in one place.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "sitrep.db";

    public static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created if missing)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (token is null)
            {
                return null;
            }

            if (IsoDate.TryRead(token, out var date))
            {
                return date;
            }

            result.AddError($"{name} '{token}' is not a date in the form YYYY-MM-DD");
            return null;
        },
    };

    public static Option<string?> Text(string name, string description) => new(name) { Description = description };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "largest article (file or JSONL line) read, in bytes",
        DefaultValueFactory = _ => new ReaderOptions().MaxArticleBytes,
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "output format: " + string.Join(", ", allowed),
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<int?> Limit() => new("--limit") { Description = "at most this many records" };
}
