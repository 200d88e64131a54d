using CoopGraph.Server.Cli;

return await CoopGraphCommand.Create().Parse(args).InvokeAsync();
