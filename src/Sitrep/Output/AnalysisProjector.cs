using Sitrep.Documents;

namespace Sitrep.Output;

/// <summary>
/// Turns an analysed document into the contract's output record. Each layer that has an output form is read here,
/// if a stage produced it; nothing is filled in for layers that do not exist.
/// </summary>
public static class AnalysisProjector
{
    public static ArticleAnalysis Project(Document document, bool includeText) => new()
    {
        Id = document.Id,
        Published = document.Metadata.Published,
        Source = document.Metadata.Source,
        Url = document.Metadata.Url,
        Title = document.Metadata.Title,
        Text = includeText ? document.Text : null,
        Warnings = [.. document.Warnings],
    };
}
