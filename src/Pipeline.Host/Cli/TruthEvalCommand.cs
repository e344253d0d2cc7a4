using System.CommandLine;
using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline truth-eval</c>: run a truth-discovery method on a benchmark dataset and print the protocol's metrics.</summary>
public static class TruthEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "The benchmark dataset.", Required = true };
        dataset.AcceptOnlyFromAmong([.. TruthDatasets.Names]);
        var method = new Option<string>("--method") { Description = "The method (default: the pipeline's default).", DefaultValueFactory = _ => TruthMethods.DefaultName };
        method.AcceptOnlyFromAmong([.. TruthMethods.Names]);
        var data = new Option<DirectoryInfo?>("--data") { Description = "The datasets folder (default: ../shared/datasets beside the repository)." };
        var command = new Command("truth-eval", "Score a truth-discovery method on a benchmark dataset: accuracy, Spearman of source accuracy, interval coverage, run time.") { dataset, method, data };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(method)!, parse.GetValue(data) ?? DefaultData()));
        return command;
    }

    private static int Run(string name, string methodName, DirectoryInfo? data)
    {
        if (data is null || !data.Exists)
        {
            Console.Error.WriteLine("error: no datasets folder; pass --data <folder> (the shared/datasets folder).");
            return PipelineCli.Usage;
        }

        var readers = TruthDatasets.FilesOf(name).Select(f => new StreamReader(Path.Combine(data.FullName, f), TruthDatasets.EncodingOf(name))).ToList();
        try
        {
            var metrics = TruthEvaluation.Run(TruthDatasets.Parse(name, readers), TruthMethods.Create(methodName));
            Console.Out.WriteLine($"{name} / {methodName}: {metrics}");
            return PipelineCli.Ok;
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return PipelineCli.Failure;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static DirectoryInfo? DefaultData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "shared", "datasets"));
            if (candidate.Exists)
            {
                return candidate;
            }
        }

        return null;
    }
}
