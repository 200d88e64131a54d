namespace CoopGraph.Server.Cli;

/// <summary>The <c>--out</c> file of a verb: a path it cannot write is refused in one line naming the option.</summary>
internal static class OutputFile
{
    /// <summary>Creates (or replaces) <paramref name="file"/> and lets <paramref name="write"/> fill it; false, having said why on <paramref name="error"/>, when it cannot.</summary>
    public static bool TryWrite(FileInfo file, Action<Stream> write, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            using var stream = file.Create();
            write(stream);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"--out: cannot write {file.FullName}: {ex.Message}");
            return false;
        }
    }
}
