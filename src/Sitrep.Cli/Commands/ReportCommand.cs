using System.CommandLine;
using System.Text;
using Sitrep.Reports;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep report</c>: a situation report for a period, as Markdown or self-contained HTML.</summary>
internal static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var storeOptions = new StoreOptions();
        var from = CommonOptions.Date("--from", $"first day of the period (default: {ReportPeriod.DefaultDays} days up to --to)");
        var to = CommonOptions.Date("--to", "last day of the period (default: the latest publication date in the store)");
        var format = CommonOptions.Format("md", "md", "html");
        var output = new Option<string?>("--output", "-o") { Description = "write the report to this file instead of stdout" };
        var command = new Command("report", "a situation report for a period: events by region and type, fatalities with their ranges and sources, key claims, what changed since the previous period")
        {
            from, to, format, output,
        };
        storeOptions.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(from) is { } start && parsed.GetValue(to) is { } end && end < start)
            {
                context.Error.WriteLine($"sitrep: --to {end:yyyy-MM-dd} is before --from {start:yyyy-MM-dd}");
                return ExitCodes.UsageError;
            }

            using var store = storeOptions.Open(parsed, context, create: false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var builder = SituationReportBuilder.For(store);
            var period = builder.ResolvePeriod(parsed.GetValue(from), parsed.GetValue(to), DateOnly.FromDateTime(DateTime.UtcNow));
            var report = builder.Build(period);
            var text = parsed.GetValue(format) == "html" ? HtmlReportRenderer.Render(report) : MarkdownReportRenderer.Render(report);
            if (parsed.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                context.Error.WriteLine($"sitrep: report for {period} written to {path}");
            }
            else
            {
                context.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
