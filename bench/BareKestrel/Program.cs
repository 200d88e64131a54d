// Answers every GET with the bytes of the file given as the first argument, as the GraphQL endpoint would, so
// bench/service.sh can compare `coopgraph serve` with the cost of Kestrel alone on the same machine in the same run.
var body = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/graphql", async http =>
{
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await http.Response.Body.WriteAsync(body, http.RequestAborted);
});
await app.RunAsync();
