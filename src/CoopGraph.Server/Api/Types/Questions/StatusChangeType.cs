using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>StatusChange</c>.</summary>
public sealed class StatusChangeType : ObjectGraphType<StatusChange>
{
    public StatusChangeType()
    {
        Name = "StatusChange";
        Description = "A subject whose need status changes in the scenario.";
        Field<NonNullGraphType<IdGraphType>>("subject").Description("Subject id.").Resolve(ctx => ctx.Source.Subject);
        Field<NonNullGraphType<NeedStatusType>>("before").Description("Status now.").Resolve(ctx => ctx.Source.Before);
        Field<NonNullGraphType<NeedStatusType>>("after").Description("Status in the scenario.").Resolve(ctx => ctx.Source.After);
    }
}
