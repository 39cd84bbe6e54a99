using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// One named step of the analysis. A stage declares the layers it reads and the layer it adds; the pipeline
/// checks at construction that every layer a stage reads is produced by an earlier one.
/// Stages must be thread-safe: one instance analyses many documents in parallel.
/// </summary>
public interface IStage
{
    /// <summary>A stable name used in logs, configuration and the store.</summary>
    string Name { get; }

    IReadOnlyList<Type> Requires { get; }

    IReadOnlyList<Type> Produces { get; }

    Document Run(Document document);
}
