using System.CommandLine;

namespace CoopGraph.Server.Cli;

/// <summary>The <c>coopgraph</c> command line: one verb per file in this folder.</summary>
public static class CoopGraphCommand
{
    /// <summary>Builds the root command with every verb; with no verb it serves, as <c>serve</c> does.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("CoopGraph: who can help whom among intellectual-property offices")
        {
            ServeCommand.Create(),
            ValidateCommand.Create(),
            ExportCommand.Create(),
            AnalyzeCommand.Create(),
            PathCommand.Create(),
            ImportCommand.Create(),
            SyncCommand.Create(),
            GenerateCommand.Create(),
        };
        ServeCommand.Configure(root);
        return root;
    }
}
