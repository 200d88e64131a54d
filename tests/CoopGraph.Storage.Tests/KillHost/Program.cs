using CoopGraph.Domain.Changes;
using CoopGraph.Storage.Sqlite;
using CoopGraph.Storage.Tests;

// kill-host DB SALT OFFICES: replaces the store's dataset with a generated one (the data are built in memory, so
// nearly all of the run is the write transaction the test wants to interrupt).
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: kill-host DB SALT OFFICES");
    return 2;
}

var salt = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var offices = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var dataset = GeneratedData.Large($"kill-{salt}", offices, subjects: 300, requestsPerOffice: 12, offersPerOffice: 6, salt);
var stored = await new SqliteGraphStore(args[0]).ImportAsync(dataset, ImportMode.Replace, "kill-host");
Console.WriteLine(stored.Version);
return 0;
