using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage;

/// <summary>
/// Makes a bad or missing connection fail the host at start (with ValidateOnStart) rather than at the first trigger.
/// The parser's messages name the bad part and never include a key, so they are safe to surface.
/// </summary>
internal sealed class StorageConnectionValidator(IConfiguration configuration, string connectionName) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            _ = StorageSettings.Read(configuration, connectionName);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or UriFormatException)
        {
            return ValidateOptionsResult.Fail($"Storage connection '{connectionName}': {e.Message}");
        }
    }
}
