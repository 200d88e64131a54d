using System.Buffers;
using System.Security.Cryptography;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// A buffer writer that feeds a hash with every byte committed to it and reuses one buffer, so a large document can be
/// hashed as a <see cref="System.Text.Json.Utf8JsonWriter"/> writes it, without holding its bytes.
/// </summary>
internal sealed class HashingBufferWriter(IncrementalHash hash) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[64 * 1024];

    public void Advance(int count) => hash.AppendData(_buffer, 0, count);

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > _buffer.Length)
        {
            _buffer = new byte[sizeHint];
        }

        return _buffer;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
