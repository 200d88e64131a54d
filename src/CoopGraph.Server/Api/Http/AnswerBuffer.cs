namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Where an answer that may be kept is serialised: into memory up to <c>limit</c> bytes (then <see cref="Kept"/> holds
/// them and the caller writes them), and past the limit straight on to the response, so a large answer is neither
/// held whole nor kept.
/// </summary>
internal sealed class AnswerBuffer(Stream response, int limit) : Stream
{
    private MemoryStream? _memory = new();

    /// <summary>The whole answer when it fit the limit; null once it was passed on to the response.</summary>
    public byte[]? Kept => _memory?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_memory is not null && _memory.Length + buffer.Length <= limit)
        {
            _memory.Write(buffer);
            return;
        }

        Spill();
        response.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_memory is not null && _memory.Length + buffer.Length <= limit)
        {
            _memory.Write(buffer.Span);
            return;
        }

        if (_memory is { } memory)
        {
            _memory = null;
            await response.WriteAsync(memory.GetBuffer().AsMemory(0, (int)memory.Length), cancellationToken).ConfigureAwait(false);
        }

        await response.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        if (_memory is null)
        {
            response.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _memory is null ? response.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Spill()
    {
        if (_memory is { } memory)
        {
            _memory = null;
            response.Write(memory.GetBuffer(), 0, (int)memory.Length);
        }
    }
}
