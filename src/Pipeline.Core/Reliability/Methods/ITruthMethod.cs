namespace Pipeline.Core.Reliability.Methods;

/// <summary>A truth-discovery method: estimates each fact's true value and each source's accuracy together.</summary>
public interface ITruthMethod
{
    string Name { get; }

    TruthResult Run(TruthProblem problem);
}
