using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Benchmarks.Truth;

internal static class DatasetRun
{
    public static int Run(string[] args)
    {
        var root = args.Length > 0 ? args[0] : "../shared/datasets";
        var only = args.Length > 1 ? args[1] : null;
        var methods = args.Length > 2 ? [args[2]] : TruthMethods.Names;
        // The protocol reports source metrics at k = 5 and k = 10 evaluated claims.
        var minClaims = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
        foreach (var name in TruthDatasets.Names.Where(n => only is null || n == only))
        {
            var readers = TruthDatasets.FilesOf(name).Select(f => (TextReader)new StreamReader(Path.Combine(root, f), TruthDatasets.EncodingOf(name))).ToArray();
            var dataset = TruthDatasets.Parse(name, readers);
            foreach (var reader in readers)
            {
                reader.Dispose();
            }

            foreach (var method in methods)
            {
                Console.WriteLine(TruthEvaluation.Run(dataset, TruthMethods.Create(method), minClaims));
            }
        }

        return 0;
    }
}
