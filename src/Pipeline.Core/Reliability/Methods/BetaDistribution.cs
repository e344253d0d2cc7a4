namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Beta quantiles with the BCL only: the regularised incomplete beta by Lentz's continued fraction
/// (Numerical Recipes §6.4), inverted by bisection. 60 halvings give 1e-18 width, far below what a score needs.
/// </summary>
public static class BetaDistribution
{
    public static double Cdf(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp((a * Math.Log(x)) + (b * Math.Log(1 - x)) - LogBeta(a, b));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - (front * ContinuedFraction(1 - x, b, a) / b);
    }

    public static double InverseCdf(double p, double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(a, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(b, 0);
        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, a, b) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>
    /// The central 95% range of the number of successes in <paramref name="trials"/> new draws when the rate is
    /// Beta(a, b): the beta-binomial predictive. It is what an accuracy measured on that many claims should show,
    /// sampling noise included, and unlike the rate's own interval it reaches 0 and 1.
    /// </summary>
    public static (int Lower, int Upper) PredictiveRange(int trials, double a, double b, double mass = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        var tail = (1 - mass) / 2;
        var logNorm = LogBeta(a, b);
        var pmf = new double[trials + 1];
        for (var k = 0; k <= trials; k++)
        {
            pmf[k] = Math.Exp(LogChoose(trials, k) + LogBeta(k + a, trials - k + b) - logNorm);
        }

        // Move each end inwards while the mass left outside it stays within the tail.
        var lower = 0;
        var below = pmf[0];
        while (below <= tail && lower < trials)
        {
            below += pmf[++lower];
        }

        var upper = trials;
        var above = pmf[trials];
        while (above <= tail && upper > 0)
        {
            above += pmf[--upper];
        }

        return (lower, Math.Max(lower, upper));
    }

    internal static double LogChoose(int n, int k) => LogGamma(n + 1) - LogGamma(k + 1) - LogGamma(n - k + 1);

    internal static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for positive arguments.</summary>
    internal static double LogGamma(double x)
    {
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = c[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            sum += c[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = Step(1 + (aa * d));
            c = Step(1 + (aa / c), invert: false);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = Step(1 + (aa * d));
            c = Step(1 + (aa / c), invert: false);
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-15)
            {
                break;
            }
        }

        return h;

        static double Step(double v, bool invert = true)
        {
            v = Math.Abs(v) < Tiny ? Tiny : v;
            return invert ? 1 / v : v;
        }
    }
}
