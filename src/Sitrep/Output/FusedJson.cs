using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Output;

/// <summary>The contract's fused-event JSON: the EVENT's fields at top level plus sources, figures and reporting dates.</summary>
public static class FusedJson
{
    public static string Flatten(FusedEventRecord fused)
    {
        var node = JsonSerializer.SerializeToNode(fused.Event, SitrepJson.Default.EventRecord)!.AsObject();
        var extra = JsonSerializer.SerializeToNode(fused, SitrepJson.Default.FusedEventRecord)!.AsObject();
        foreach (var (name, value) in extra.ToList())
        {
            if (name != "event")
            {
                extra.Remove(name);
                node[name] = value;
            }
        }

        return node.ToJsonString();
    }
}
