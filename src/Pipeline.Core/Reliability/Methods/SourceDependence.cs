namespace Pipeline.Core.Reliability.Methods;

/// <summary>Two sources that probably copy one another (ACCU's Depen), with the evidence that says so.</summary>
public sealed record SourceDependence(string SourceA, string SourceB, double Probability, int SharedTrue, int SharedFalse, int Different);
