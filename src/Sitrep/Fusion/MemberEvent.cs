using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>A per-article event as fusion sees it: the event and the article that reported it.</summary>
public sealed record MemberEvent(EventRecord Event, string ArticleId, string? Source, string? Url, DateOnly? Published);
