using CoopGraph.Server.Cli;

return await CoopGraphCommand.InvokeAsync(args);
