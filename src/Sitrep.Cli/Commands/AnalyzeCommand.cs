using System.CommandLine;
using System.Text.Json;
using Sitrep.Export;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze</c>: analyses articles without storing them and prints the contract's JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new InputOptions();
        var format = CommonOptions.Format("json", "json", "jsonl", "acled", "plover", "geojson");
        var command = new Command("analyze", "analyse articles without storing them; prints JSON (one object, or an array for several), JSONL, or the events as ACLED CSV, PLOVER JSONL or GeoJSON");
        inputs.AddTo(command);
        command.Add(format);
        command.SetAction(parsed => Run(context, inputs.PathsOf(parsed), inputs.ReaderOptions(parsed), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<string> paths, ReaderOptions options, string format)
    {
        var pipeline = SitrepPipeline.CreateDefault();
        var reader = new InputReader(options, context.OpenStdin);
        var writer = format is "json" or "jsonl" ? new AnalysisWriter(context.Out, format) : null;
        var events = new List<ExportEvent>();
        var rejected = 0;
        foreach (var result in OrderedParallel.Map(reader.Read(paths), pipeline.Analyze).ToBlockingEnumerable())
        {
            if (result.Rejection is { } rejection)
            {
                rejected++;
                context.Reject(rejection.Origin, rejection.Reason);
                continue;
            }

            foreach (var warning in ((ArticleInput)result.Item).Warnings)
            {
                context.Warn(result.Item.Origin, warning);
            }

            var analysis = result.Analysis!;
            if (writer is not null)
            {
                writer.Write(analysis);
                continue;
            }

            var source = new EventSource(analysis.Id, analysis.Source, analysis.Url, analysis.Published, analysis.Title);
            events.AddRange(analysis.Events.Select(e => new ExportEvent(e, [source])));
        }

        if (writer is not null)
        {
            writer.Finish();
        }
        else
        {
            EventWriter.Write(context.Out, events, format, CountryTableFacts.Default);
        }

        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }

    /// <summary>
    /// Writes analyses as they come. In json format a single article is one object and several are an array; the
    /// first object is held back until the second arrives (or the stream ends) to know which.
    /// </summary>
    private sealed class AnalysisWriter(TextWriter output, string format)
    {
        private static readonly JsonSerializerOptions _indented = new(SitrepJson.Default.Options) { WriteIndented = true };
        private string? _held;
        private int _count;

        public void Write(ArticleAnalysis analysis)
        {
            if (format == "jsonl")
            {
                output.WriteLine(JsonSerializer.Serialize(analysis, SitrepJson.Default.ArticleAnalysis));
                return;
            }

            var json = JsonSerializer.Serialize(analysis, _indented.GetTypeInfo(typeof(ArticleAnalysis)));
            _count++;
            if (_count == 1)
            {
                _held = json;
                return;
            }

            if (_count == 2)
            {
                output.Write("[\n");
                output.Write(_held);
                _held = null;
            }

            output.Write(",\n");
            output.Write(json);
        }

        public void Finish()
        {
            if (format == "jsonl")
            {
                return;
            }

            switch (_count)
            {
                case 0:
                    output.WriteLine("[]");
                    break;
                case 1:
                    output.WriteLine(_held);
                    break;
                default:
                    output.WriteLine("\n]");
                    break;
            }
        }
    }
}
