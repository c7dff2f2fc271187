using Minutebook.Reading;

namespace Minutebook.Tests.Reading;

/// <summary>The batch runner behind <c>extract</c>, <c>tables</c> and <c>show</c>: parallel work, results in input order, bounded memory.</summary>
public class PackBatchTests
{
    [Fact]
    public void Results_come_back_in_input_order_whatever_order_they_finish_in()
    {
        var items = Enumerable.Range(0, 40).ToList();
        var seen = new List<int>();
        // early items are the slow ones, so later ones finish first
        PackBatch.ForEach(items, 4, i => { Thread.Sleep(i < 5 ? 30 - 5 * i : 0); return i * 10; }, (i, r) => { Assert.Equal(i * 10, r); seen.Add(i); });
        Assert.Equal(items, seen);
    }

    [Fact]
    public void Work_runs_on_several_threads_and_delivery_on_the_calling_one()
    {
        var workers = new HashSet<int>();
        int caller = Environment.CurrentManagedThreadId;
        var delivering = new HashSet<int>();
        using var bothBusy = new Barrier(2);
        PackBatch.ForEach(Enumerable.Range(0, 8).ToList(), 2, i =>
        {
            if (i < 2) bothBusy.SignalAndWait(TimeSpan.FromSeconds(10)); // the first two items run at the same time
            lock (workers) workers.Add(Environment.CurrentManagedThreadId);
            return i;
        }, (_, _) => delivering.Add(Environment.CurrentManagedThreadId));
        Assert.True(workers.Count >= 2);
        Assert.DoesNotContain(caller, workers);
        Assert.Equal([caller], delivering);
    }

    [Fact]
    public void Workers_do_not_run_far_ahead_of_a_slow_early_item()
    {
        int started = 0, maxAhead = 0;
        using var firstMayFinish = new ManualResetEventSlim();
        var task = Task.Run(() => PackBatch.ForEach(Enumerable.Range(0, 200).ToList(), 2, i =>
        {
            int s = Interlocked.Increment(ref started);
            if (i == 0) firstMayFinish.Wait(TimeSpan.FromSeconds(10));
            return s;
        }, (_, _) => { }));
        // while item 0 is held, the other worker may only take a bounded number of items
        SpinWait.SpinUntil(() => Volatile.Read(ref started) > 1, TimeSpan.FromSeconds(5));
        Thread.Sleep(200);
        maxAhead = Volatile.Read(ref started);
        firstMayFinish.Set();
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)));
        Assert.InRange(maxAhead, 2, 16);
        Assert.Equal(200, started);
    }

    [Fact]
    public void An_exception_in_work_surfaces_at_its_item_after_the_earlier_results()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
            PackBatch.ForEach(Enumerable.Range(0, 10).ToList(), 3, i => i == 5 ? throw new InvalidOperationException("item 5") : i, (_, r) => seen.Add(r)));
        Assert.Equal("item 5", e.Message);
        Assert.Equal([0, 1, 2, 3, 4], seen);
    }

    [Fact]
    public void One_thread_runs_everything_in_order_on_the_caller()
    {
        int caller = Environment.CurrentManagedThreadId;
        var order = new List<string>();
        PackBatch.ForEach(["a", "b", "c"], 1, s => { Assert.Equal(caller, Environment.CurrentManagedThreadId); order.Add("work " + s); return s; }, (s, _) => order.Add("deliver " + s));
        Assert.Equal(["work a", "deliver a", "work b", "deliver b", "work c", "deliver c"], order);
    }
}
