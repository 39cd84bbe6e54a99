using System.CommandLine;
using Sitrep.Common;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep claims</c>: queries claims fused across articles, with their claimants, sources and stances.</summary>
internal static class ClaimsCommand
{
    public static Command Build(CliContext context)
    {
        var storeOptions = new StoreOptions();
        var status = CommonOptions.Text("--status", "claimed, corroborated, disputed, denied or not_confirmed");
        var claimant = CommonOptions.Text("--claimant", "part of a claimant's name, title or affiliation");
        var from = CommonOptions.Date("--from", "claims reported on or after this date");
        var to = CommonOptions.Date("--to", "claims reported on or before this date");
        var country = CommonOptions.Text("--country", "country name or ISO3 code of a claimant, of the content, or of a linked event");
        var limit = CommonOptions.Limit();
        var format = CommonOptions.Format("table", "table", "jsonl");
        var command = new Command("claims", "query claims fused across articles (each proposition once, with all its claimants and sources)")
        {
            status, claimant, from, to, country, limit, format,
        };
        storeOptions.AddTo(command);
        command.SetAction(parsed =>
        {
            using var store = storeOptions.Open(parsed, context, create: false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var claims = store.QueryClaims(new ClaimQuery
            {
                Status = parsed.GetValue(status),
                Claimant = parsed.GetValue(claimant),
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                Country = parsed.GetValue(country),
                Limit = parsed.GetValue(limit),
            });
            if (parsed.GetValue(format) == "jsonl")
            {
                foreach (var c in claims)
                {
                    context.Out.WriteLine(FusedClaimJson.Flatten(c));
                }
            }
            else
            {
                Table.WriteText(
                    context.Out,
                    ["id", "first_reported", "claimants", "status", "sources", "content"],
                    claims.Select(c => new[]
                    {
                        c.Claim.Id,
                        IsoDate.Write(c.FirstReported),
                        string.Join("; ", c.Claimants.Select(k => k.Name ?? k.Text)),
                        c.Claim.Status,
                        c.SourceCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        c.Claim.Content.Text,
                    }),
                    $"{claims.Count} claims");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
