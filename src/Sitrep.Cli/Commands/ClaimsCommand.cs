using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep claims</c>: queries stored claims with their claimants and stances.</summary>
internal static class ClaimsCommand
{
    public static Command Build(CliContext context)
    {
        var storeOptions = new StoreOptions();
        var status = CommonOptions.Text("--status", "claimed, corroborated, disputed, denied or not_confirmed");
        var claimant = CommonOptions.Text("--claimant", "part of the claimant's name");
        var limit = CommonOptions.Limit();
        var format = CommonOptions.Format("table", "table", "jsonl");
        var command = new Command("claims", "query stored claims") { status, claimant, limit, format };
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
                Limit = parsed.GetValue(limit),
            });
            if (parsed.GetValue(format) == "jsonl")
            {
                foreach (var c in claims)
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(c, SitrepJson.Default.ClaimRecord));
                }
            }
            else
            {
                Table.WriteText(
                    context.Out,
                    ["id", "claimant", "cue", "kind", "status", "content"],
                    claims.Select(c => new[] { c.Id, c.Claimant?.Name ?? c.Claimant?.Text, c.Cue, c.Kind, c.Status, c.Content.Text }),
                    $"{claims.Count} claims");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
