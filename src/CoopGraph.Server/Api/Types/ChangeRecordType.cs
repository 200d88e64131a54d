using CoopGraph.Storage;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>ChangeRecord</c>: one entry of the audit trail.</summary>
public sealed class ChangeRecordType : ObjectGraphType<ChangeRecord>
{
    public ChangeRecordType()
    {
        Name = "ChangeRecord";
        Description = "One entry of the audit trail: what changed, when and by whom.";
        Field<NonNullGraphType<StringGraphType>>("sequence").Description("Increasing number of the entry (a 64-bit integer, as text).")
            .Resolve(ctx => ctx.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was committed (UTC).").Resolve(ctx => ctx.Source.At);
        Field<StringGraphType>("actor").Description("Who made it (the API key's name); null unless the request carries an API key.")
            .Resolve(ctx => ctx.Request().Actor is null ? null : ctx.Source.Actor);
        Field(x => x.Kind).Description("What kind of change: `addRequest`, `upsertOffice`, ..., `import:merge`, `import:replace`.");
        Field(x => x.Target).Description("What it touched, e.g. `BRA/green-patents`.");
        Field(x => x.Version).Description("The dataset version after the change's batch.");
    }
}
