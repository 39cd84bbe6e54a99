using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>The ordered stages. Data flows one way: each stage reads layers of earlier stages and adds its own.</summary>
public sealed class AnalysisPipeline
{
    public AnalysisPipeline(IEnumerable<IStage> stages)
    {
        Stages = stages.ToArray();
        var produced = new HashSet<Type>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in Stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new InvalidOperationException($"Two pipeline stages are named '{stage.Name}'.");
            }

            foreach (var required in stage.Requires)
            {
                if (!produced.Contains(required))
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' needs layer {required.Name}, which no earlier stage produces.");
                }
            }

            foreach (var layer in stage.Produces)
            {
                if (!produced.Add(layer))
                {
                    throw new InvalidOperationException($"Layer {layer.Name} is produced twice (again by '{stage.Name}').");
                }
            }
        }
    }

    public IReadOnlyList<IStage> Stages { get; }

    public Document Run(Document document)
    {
        foreach (var stage in Stages)
        {
            document = stage.Run(document);
        }

        return document;
    }
}
