using System.Threading.Channels;

namespace Sitrep.Pipeline;

/// <summary>
/// Maps a stream through a function on all cores and yields the results in input order. At most
/// <c>window</c> items are in flight, so memory stays flat however long the stream is.
/// </summary>
public static class OrderedParallel
{
    public static async IAsyncEnumerable<TResult> Map<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, TResult> map,
        int? degreeOfParallelism = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var window = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount) * 4;
        var channel = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(window)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var captured = item;
                        await channel.Writer.WriteAsync(Task.Run(() => map(captured), cancellationToken), cancellationToken).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            cancellationToken);

        await foreach (var task in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await task.ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }
}
