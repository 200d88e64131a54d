using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>SupporterGroup</c>.</summary>
public sealed class SupporterGroupType : ObjectGraphType<SupporterGroup>
{
    public SupporterGroupType()
    {
        Name = "SupporterGroup";
        Description = "One supporter and every office that loses (or gains) it in the scenario.";
        Field<NonNullGraphType<IdGraphType>>("supporter").Description("The supporter's office code.").Resolve(ctx => ctx.Source.Supporter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("offices").Description("The offices it no longer helps (or now helps), by code.").Resolve(ctx => ctx.Source.Offices);
    }
}
