using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Formats;

/// <summary>Loads a dataset file in either format, chosen by its extension (<c>.json</c> or <c>.csv</c>).</summary>
public static class DatasetFile
{
    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <param name="path">A <c>.json</c> (canonical) or <c>.csv</c> (edge list) file.</param>
    /// <param name="csvBase">For CSV: the dataset that supplies offices, areas and subjects.</param>
    /// <param name="allowNew">For CSV: create unknown offices and subjects instead of reporting them.</param>
    /// <param name="bytesRead">For JSON: told how many bytes have been read so far, for progress displays.</param>
    public static LoadResult Load(string path, Dataset csvBase, bool allowNew = false, IProgress<long>? bytesRead = null) =>
        Load(path, () => csvBase, allowNew, bytesRead);

    /// <summary>Reads and validates <paramref name="path"/>, asking for the CSV base only when the file is a CSV.</summary>
    /// <param name="path">A <c>.json</c> (canonical) or <c>.csv</c> (edge list) file.</param>
    /// <param name="csvBase">For CSV: gives the dataset that supplies offices, areas and subjects.</param>
    /// <param name="allowNew">For CSV: create unknown offices and subjects instead of reporting them.</param>
    /// <param name="bytesRead">For JSON: told how many bytes have been read so far, for progress displays.</param>
    public static LoadResult Load(string path, Func<Dataset> csvBase, bool allowNew = false, IProgress<long>? bytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(csvBase);
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return LoadResult.Failed(new([new(Severity.Error, path, Directory.Exists(path) ? "a directory, not a dataset file" : "file not found")]));
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".JSON" => DatasetJson.Load(path, bytesRead),
            ".CSV" => DatasetCsv.Parse(File.ReadAllText(path), path, csvBase(), allowNew),
            _ => LoadResult.Failed(new([new(Severity.Error, path, $"unknown format '{extension}': expected .json or .csv")])),
        };
    }
}
