namespace DurableLiteDb;

// LiteDB flushes the data file with Stream.Flush() after a checkpoint copied the log into it and
// before it empties the log; on a stream it did not open itself that is a plain Flush(), which leaves
// the pages in the OS cache. Here Flush() reaches the disk, so a checkpoint never loses what the log
// held. Checkpoints are rare (every 1000 log pages), so this costs little.
internal sealed class FsyncOnFlushStream(FileStream inner) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => inner.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
