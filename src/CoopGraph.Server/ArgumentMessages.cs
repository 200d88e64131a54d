namespace CoopGraph.Server;

/// <summary>The text of an analytics argument error as a user should read it, on the CLI and over GraphQL alike.</summary>
internal static class ArgumentMessages
{
    /// <summary>
    /// <paramref name="e"/>'s message without .NET's <c>(Parameter 'x')</c> suffix: the analytics' messages already name
    /// the option or argument the user gave, and the suffix would name a C# parameter instead.
    /// </summary>
    public static string UserMessage(this ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
    }
}
