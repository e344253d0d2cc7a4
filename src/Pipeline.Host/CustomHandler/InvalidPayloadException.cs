namespace Pipeline.Host.CustomHandler;

/// <summary>The host sent a payload that does not match the function's bindings: a deployment error, not bad user input.</summary>
public sealed class InvalidPayloadException : Exception
{
    public InvalidPayloadException()
    {
    }

    public InvalidPayloadException(string message)
        : base(message)
    {
    }

    public InvalidPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
