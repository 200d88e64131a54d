using CoopGraph.Domain;
using CoopGraph.Server.Snapshots;
using GraphQL;

namespace CoopGraph.Server.Api;

/// <summary>The coded errors resolvers raise for names that do not resolve.</summary>
public static class Errors
{
    /// <summary>The office <paramref name="text"/> names (code, name or alias), or a <c>NOT_FOUND</c> error naming <paramref name="argument"/>.</summary>
    public static Office Office(DatasetSnapshot snapshot, string text, string argument)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        return snapshot.Names.Office(text) ?? throw ErrorCodes.Error(ErrorCodes.NotFound, $"{argument}: {DatasetNames.NoOffice(text)}");
    }

    /// <summary>A <c>NOT_FOUND</c> error for subject <paramref name="id"/>.</summary>
    public static ExecutionError UnknownSubject(string argument, string id) =>
        ErrorCodes.Error(ErrorCodes.NotFound, $"{argument}: no subject '{id}' (the `subjects` query lists them)");

    /// <summary>A <c>NOT_FOUND</c> error for area <paramref name="id"/>, in the words the CLI uses too.</summary>
    public static ExecutionError UnknownArea(DatasetSnapshot snapshot, string argument, string id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ErrorCodes.Error(ErrorCodes.NotFound, $"{argument}: {snapshot.Names.NoArea(id)}");
    }

    /// <summary>A round id the dataset does not hold, naming the argument and the rounds there are.</summary>
    public static ExecutionError UnknownRound(string argument, string id, Domain.Dataset dataset) =>
        ErrorCodes.Error(ErrorCodes.NotFound, $"{argument}: no round '{id}' (rounds: {string.Join(", ", dataset.AllRounds.Select(r => r.Id))}; the `rounds` query lists them)");
}
