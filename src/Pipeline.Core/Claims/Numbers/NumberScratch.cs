namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// The lists the number and ordinal scans fill as they read, kept per thread from one text to the next. The corpus's
/// articles average 1.7 KB: made fresh for each, these few small lists were half of what the number step allocated
/// and most of what the ordinal step did. Every reading clears what it uses first.
/// </summary>
internal sealed class NumberScratch
{
    // Lists grown past this (a hostile run of thousands of numbers) are not kept: a thread would hold them for good.
    private const int MaxKept = 1 << 10;

    [ThreadStatic]
    private static NumberScratch? spare;

    public List<(int First, int End, double Value)> Runs { get; } = new(4);

    public List<NumberItem> Items { get; } = new(6);

    public List<NumberItem> AsCardinal { get; } = new(6);

    public DigitNumbers Digits { get; } = new();

    /// <summary>The thread's scratch, or a new one; the caller has it to itself until it gives it back.</summary>
    public static NumberScratch Rent()
    {
        var scratch = spare ?? new NumberScratch();
        spare = null;
        return scratch;
    }

    public static void Return(NumberScratch scratch) =>
        spare = Math.Max(Math.Max(scratch.Runs.Capacity, scratch.Digits.Capacity), Math.Max(scratch.Items.Capacity, scratch.AsCardinal.Capacity)) <= MaxKept ? scratch : spare;
}
