using System.Runtime.ExceptionServices;

namespace Minutebook.Reading;

/// <summary>
/// Runs work over a batch of files on several cores and hands each result on in input order, on the calling
/// thread, as soon as it and every result before it are done. At most a few results per worker wait to be handed
/// on, so memory stays bounded however many files the batch holds (a batch of thousands of packs never holds
/// thousands of records).
/// </summary>
public static class PackBatch
{
    /// <summary>Results that may wait, per worker, for an earlier slow file before workers pause.</summary>
    private const int WindowPerWorker = 4;

    /// <param name="items">The inputs, in the order results are handed on.</param>
    /// <param name="parallelism">Worker threads (1: everything on the calling thread, one item after another).</param>
    /// <param name="work">Runs on a worker; an exception it throws is rethrown on the calling thread at its item's turn.</param>
    /// <param name="deliver">Runs on the calling thread, in input order.</param>
    public static void ForEach<TIn, TOut>(IReadOnlyList<TIn> items, int parallelism, Func<TIn, TOut> work, Action<TIn, TOut> deliver)
    {
        int count = items.Count;
        parallelism = Math.Clamp(parallelism, 1, Math.Max(1, count));
        if (parallelism == 1)
        {
            foreach (var item in items) deliver(item, work(item));
            return;
        }

        var results = new TOut[count];
        var errors = new ExceptionDispatchInfo?[count];
        var done = new bool[count];
        var sync = new object();
        int next = -1, delivered = 0;
        int window = parallelism * WindowPerWorker;
        bool stop = false;

        void Worker()
        {
            while (true)
            {
                int i;
                lock (sync)
                {
                    // claim the next item unless too many finished results already wait to be handed on
                    while (!stop && next + 1 < count && next + 1 - delivered >= window) Monitor.Wait(sync);
                    if (stop || next + 1 >= count) return;
                    i = ++next;
                }
                TOut result = default!;
                ExceptionDispatchInfo? error = null;
                try { result = work(items[i]); }
                catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
                lock (sync)
                {
                    results[i] = result;
                    errors[i] = error;
                    done[i] = true;
                    Monitor.PulseAll(sync);
                }
            }
        }

        var threads = new Thread[parallelism];
        for (int t = 0; t < parallelism; t++)
        {
            threads[t] = new Thread(Worker) { IsBackground = true, Name = $"PackBatch worker {t + 1}" };
            threads[t].Start();
        }
        try
        {
            for (int i = 0; i < count; i++)
            {
                TOut result;
                ExceptionDispatchInfo? error;
                lock (sync)
                {
                    while (!done[i]) Monitor.Wait(sync);
                    result = results[i];
                    error = errors[i];
                    results[i] = default!;
                    errors[i] = null;
                    delivered = i + 1;
                    Monitor.PulseAll(sync);
                }
                error?.Throw();
                deliver(items[i], result);
            }
        }
        finally
        {
            lock (sync)
            {
                stop = true;
                Monitor.PulseAll(sync);
            }
            foreach (var thread in threads) thread.Join();
        }
    }
}
