using System.Diagnostics;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Benchmarks.Truth;

/// <summary>Full rollup of synthetic claims, then an incremental tick for 1,000 new claims (revote the touched facts, re-total the ledger buckets written to, rescore their sources from bucket totals); prints times and peak memory.</summary>
internal static class RollupBench
{
    public static int Run(string[] args)
    {
        var claims = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        var sources = args.Length > 1 ? int.Parse(args[1]) : 2_000;
        var facts = args.Length > 2 ? int.Parse(args[2]) : 100_000;
        var random = new Random(7);
        var accuracy = Enumerable.Range(0, sources).Select(_ => 0.5 + (0.45 * random.NextDouble())).ToArray();
        var observations = Generate(claims, sources, facts, accuracy, random, "c");
        var clock = Stopwatch.StartNew();
        var options = new RollupOptions { Method = args.Length > 3 ? args[3] : RollupOptions.Default.Method };
        var full = ReliabilityRollup.Compute(observations, options);
        var fullTime = clock.Elapsed;
        var newClaims = Generate(1_000, sources, facts, accuracy, random, "n");
        var touchedKeys = newClaims.Select(o => o.FactKey).ToHashSet(StringComparer.Ordinal);
        var touched = observations.Where(o => touchedKeys.Contains(o.FactKey)).Concat(newClaims).ToList();
        // The stored state a tick finds: each source's ledger entries by bucket, and each bucket's totals.
        var cap = options.MaxExplanationItems;
        var kept = full.Facts.Where(f => !touchedKeys.Contains(f.FactKey)).SelectMany(f => ReliabilityRollup.Ledger(f, options))
            .ToLookup(e => (e.Source, Bucket(e.FactKey)));
        var storedTotals = kept.ToDictionary(g => g.Key, g => LedgerTotals.Of(g, cap));
        var bucketsOf = storedTotals.Keys.ToLookup(k => k.Source, k => k.Item2, StringComparer.Ordinal);
        var scores = full.Sources.ToDictionary(s => s.Source, s => s.Score, StringComparer.Ordinal);
        clock.Restart();
        var revoted = ReliabilityRollup.Revote(touched, scores, options.Truth.InitialAccuracy, options);
        var fresh = revoted.SelectMany(f => ReliabilityRollup.Ledger(f, options)).ToLookup(e => (e.Source, Bucket(e.FactKey)));
        foreach (var bucket in fresh)
        {
            storedTotals[bucket.Key] = LedgerTotals.Of(kept[bucket.Key].Concat(bucket), cap);
        }

        var freshBucketsOf = fresh.Select(g => g.Key).ToLookup(k => k.Source, k => k.Item2, StringComparer.Ordinal);
        var rescored = freshBucketsOf.Select(g => ReliabilityRollup.Score(
            g.Key, LedgerTotals.Merge(bucketsOf[g.Key].Concat(g).Distinct().Select(b => storedTotals[(g.Key, b)]), cap), [], full.PriorMeans, options)).ToList();
        var incrementalTime = clock.Elapsed;
        Console.WriteLine($"full rollup: {claims:N0} claims, {sources:N0} sources, {facts:N0} facts, method {full.Method}: {fullTime.TotalSeconds:0.0} s, {full.Dependencies.Count} dependent pairs");
        Console.WriteLine($"incremental: 1,000 new claims touching {touchedKeys.Count:N0} facts ({touched.Count:N0} claims re-read), {fresh.Count:N0} ledger buckets re-totalled, {rescored.Count:N0} sources rescored: {incrementalTime.TotalMilliseconds:0} ms");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        return 0;
    }

    // The host buckets by a hash of the fact key into LedgerRow.Buckets (8); any even spread behaves the same here.
    private static int Bucket(string factKey) => (int)((uint)StringComparer.Ordinal.GetHashCode(factKey) % 8);

    private static List<ClaimObservation> Generate(int count, int sources, int facts, double[] accuracy, Random random, string prefix)
    {
        var list = new List<ClaimObservation>(count);
        for (var i = 0; i < count; i++)
        {
            // Long tail: source popularity falls off as 1/rank.
            var s = (int)Math.Min(sources - 1, Math.Floor(Math.Exp(random.NextDouble() * Math.Log(sources))) - 1);
            var f = random.Next(facts);
            var truth = 100 + (f % 900);
            var value = random.NextDouble() < accuracy[s] ? truth : truth + 20 + random.Next(200);
            list.Add(new ClaimObservation($"src{s:D4}", $"{prefix}a{i}", $"{prefix}{i}", $"fact{f:D6}", StatedValue.Number(value)));
        }

        return list;
    }
}
