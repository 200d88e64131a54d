namespace CoopGraph.Server.Hosting;

/// <summary>
/// Where the workbench page (index.html and its assets) is served from: the configured web root, else the
/// <c>wwwroot</c> beside the program (a published build started from any folder), else the content root's
/// (<c>dotnet run</c> in the project folder). No page is an error at start, unless the page is switched off.
/// </summary>
public static class WorkbenchPage
{
    /// <summary>Setting that switches the page off (<c>serve --no-page</c>): the API and exports run alone.</summary>
    public const string EnabledKey = "Workbench:Enabled";

    /// <summary>The folder holding the page, or null when the page is switched off.</summary>
    /// <exception cref="WorkbenchPageMissingException">No candidate folder has an index.html (the message says where it looked).</exception>
    public static string? Locate(IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            return null;
        }

        string[] candidates = configuration[WebHostDefaults.WebRootKey] is { Length: > 0 } configured
            ? [Path.GetFullPath(configured, environment.ContentRootPath)]
            : [.. new[] { Path.Combine(AppContext.BaseDirectory, "wwwroot"), Path.Combine(environment.ContentRootPath, "wwwroot") }
                .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];
        var found = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
        return found ?? throw new WorkbenchPageMissingException(
            $"no workbench page: {string.Join(" and ", candidates.Select(c => Path.Combine(c, "index.html")))} {(candidates.Length > 1 ? "are" : "is")} missing; " +
            "build it with `npm ci && npm run build` in web/, point --webroot at a folder with index.html, or add --no-page to serve the API alone");
    }
}

/// <summary>The workbench page is not where the server looks for it.</summary>
/// <param name="message">Where it looked and what to do.</param>
public sealed class WorkbenchPageMissingException(string message) : Exception(message);
