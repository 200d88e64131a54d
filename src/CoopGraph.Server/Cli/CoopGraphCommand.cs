using System.CommandLine;

namespace CoopGraph.Server.Cli;

/// <summary>The <c>coopgraph</c> command line: one verb per file in this folder.</summary>
public static class CoopGraphCommand
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Create() => new("CoopGraph: who can help whom among intellectual-property offices")
    {
        ValidateCommand.Create(),
        ExportCommand.Create(),
        ImportCommand.Create(),
        SyncCommand.Create(),
    };
}
