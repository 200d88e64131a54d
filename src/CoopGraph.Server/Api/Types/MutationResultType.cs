using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>MutationResult</c>.</summary>
public sealed class MutationResultType : ObjectGraphType<MutationResult>
{
    public MutationResultType()
    {
        Name = "MutationResult";
        Description = "The outcome of an edit: the new dataset version.";
        Field<NonNullGraphType<StringGraphType>>("version").Description("The dataset version after the edit.").Resolve(ctx => ctx.Source.Snapshot.Version);
        Field(x => x.PreviousVersion).Description("The dataset version the edit was applied to.");
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the edit left the dataset as it was (e.g. an identical upsert).")
            .Resolve(ctx => ctx.Source.Snapshot.Version != ctx.Source.PreviousVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Validation warnings the edit brought in, e.g. an office code that is not ISO 3166-1 alpha-3 or an office that now both requests and offers a subject. The edit is applied all the same; empty when it brought none.")
            .Resolve(ctx => ctx.Source.NewWarnings());
        Field<NonNullGraphType<DatasetInfoType>>("dataset").Description("The dataset after the edit.").Resolve(ctx => ctx.Source.Snapshot.Dataset);
    }
}
