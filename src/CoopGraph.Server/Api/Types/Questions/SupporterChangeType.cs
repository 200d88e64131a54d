using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>SupporterChange</c>.</summary>
public sealed class SupporterChangeType : ObjectGraphType<SupporterChange>
{
    public SupporterChangeType()
    {
        Name = "SupporterChange";
        Description = "An office whose supporters change in the scenario.";
        Field<NonNullGraphType<IdGraphType>>("office").Description("Office code.").Resolve(ctx => ctx.Source.Office);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("lost").Description("Supporters it loses, by code.").Resolve(ctx => ctx.Source.Lost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("gained").Description("Supporters it gains, by code.").Resolve(ctx => ctx.Source.Gained);
    }
}
