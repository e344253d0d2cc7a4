namespace Pipeline.Host.Configuration;

/// <summary>Custom handler when the Functions host started us (it sets the port); standalone otherwise, unless configured.</summary>
public enum RunMode
{
    Standalone,
    CustomHandler,
}

public static class RunModes
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string DefaultStandaloneUrl = "http://127.0.0.1:7071";

    public static RunMode From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Pipeline:Mode"];
        if (configured is not null)
        {
            return Enum.TryParse<RunMode>(configured, ignoreCase: true, out var mode)
                ? mode
                : throw new InvalidOperationException($"Pipeline:Mode must be Standalone or CustomHandler, not '{configured}'.");
        }

        return string.IsNullOrEmpty(configuration[PortVariable]) ? RunMode.Standalone : RunMode.CustomHandler;
    }
}
