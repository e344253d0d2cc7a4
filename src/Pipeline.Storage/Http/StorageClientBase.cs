using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage.Auth;

namespace Pipeline.Storage.Http;

/// <summary>
/// What every service client shares: sending (one activity and one log line per request, logged here and nowhere
/// else), mapping failures to one exception, and treating expected statuses as values.
/// </summary>
public abstract class StorageClientBase
{
    private readonly HttpClient? _http;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly StorageService _service;

    protected StorageClientBase(HttpClient http, StorageConnection connection, StorageService service, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(connection);
        _http = http;
        _service = service;
        _logger = logger ?? NullLogger.Instance;
        Endpoint = connection.EndpointFor(service);
        EndpointPrefix = Endpoint.AbsoluteUri.TrimEnd('/') + "/";
    }

    /// <summary>For mocking.</summary>
    protected StorageClientBase()
    {
        Endpoint = new Uri("http://127.0.0.1/");
        EndpointPrefix = Endpoint.AbsoluteUri;
    }

    protected Uri Endpoint { get; }

    private string EndpointPrefix { get; }

    protected Uri Url(string relative) => new(EndpointPrefix + relative);

    /// <summary>Sends and returns the response if its status is success or one of <paramref name="expected"/>; throws otherwise.</summary>
    protected async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken, params int[] expected)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(expected);
        request.Options.Set(StorageResilience.OperationOption, operation);
        using var activity = StartActivity(request, operation);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _http!.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageResilience.IsStorageFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            var failure = StorageResilience.ToStorageException(e, operation);
            Log.RequestAborted(_logger, operation, failure.ErrorCode, failure.Message);
            activity?.SetStatus(ActivityStatusCode.Error, failure.ErrorCode);
            throw failure;
        }

        var status = (int)response.StatusCode;
        var requestId = Header(response, "x-ms-request-id");
        activity?.SetTag("http.response.status_code", status);
        activity?.SetTag("az.service_request_id", requestId);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var path = request.RequestUri!.AbsolutePath;
            Log.RequestCompleted(_logger, operation, request.Method.Method, path, status, elapsed, requestId);
        }

        if (response.IsSuccessStatusCode || Array.IndexOf(expected, status) >= 0)
        {
            return response;
        }

        using (response)
        {
            var error = await StorageErrors.ReadAsync(response, operation, cancellationToken).ConfigureAwait(false);
            Log.RequestFailed(_logger, operation, error.Status, error.ErrorCode, error.RequestId);
            activity?.SetStatus(ActivityStatusCode.Error, error.ErrorCode);
            throw error;
        }
    }

    /// <summary>
    /// For a response let through as expected: keeps it when its service error code is one of <paramref name="codes"/>
    /// (e.g. 412 ConditionNotMet) and throws when the same status means something else (412 LeaseIdMissing).
    /// </summary>
    protected static async Task<bool> IsExpectedErrorAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken, params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (Header(response, "x-ms-error-code") is { } code && Array.IndexOf(codes, code) >= 0)
        {
            return true;
        }

        throw await StorageErrors.ReadAsync(response, operation, cancellationToken).ConfigureAwait(false);
    }

    protected static string? ETagOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : response.Headers.ETag?.ToString();
    }

    protected static string? Header(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
    }

    private Activity? StartActivity(HttpRequestMessage request, string operation)
    {
        if (!StorageDiagnostics.Source.HasListeners())
        {
            return null;
        }

        var activity = StorageDiagnostics.Source.StartActivity($"{_service}.{operation}", ActivityKind.Client);
        activity?.SetTag("az.namespace", "Microsoft.Storage");
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("server.address", request.RequestUri?.Host);
        return activity;
    }
}
