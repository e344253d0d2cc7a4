using Pipeline.Storage.Queues;

namespace Pipeline.Host.Standalone;

/// <summary>
/// Keeps a received message invisible while it is processed, renewing at half the lease. Each renewal returns a
/// new pop receipt, which the final delete or release must use.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueStorageClient _queues;
    private readonly string _queue;
    private readonly string _messageId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private bool _stopped;

    public MessageLease(QueueStorageClient queues, string queue, QueueMessage message, TimeSpan lease, TimeProvider clock)
    {
        (_queues, _queue, _messageId, PopReceipt) = (queues, queue, message.MessageId, message.PopReceipt);
        _renewal = RenewAsync(lease, clock);
    }

    public string PopReceipt { get; private set; }

    /// <summary>Stops renewing; safe to call more than once (the listener stops it before deleting).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stop.CancelAsync();
        await _renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task RenewAsync(TimeSpan lease, TimeProvider clock)
    {
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(lease / 2, clock, _stop.Token);
            PopReceipt = await _queues.UpdateVisibilityAsync(_queue, _messageId, PopReceipt, lease, _stop.Token);
        }
    }
}
