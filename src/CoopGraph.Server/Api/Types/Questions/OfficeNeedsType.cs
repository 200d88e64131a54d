using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeNeeds</c>.</summary>
public sealed class OfficeNeedsType : ObjectGraphType<OfficeNeeds>
{
    public OfficeNeedsType()
    {
        Name = "OfficeNeeds";
        Description = "One office's requests that nobody, or only one other office, can meet (cross-cutting subjects nobody offers excluded).";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("unmetRequests").Description("Subjects it requests that no other office offers.")
            .Resolve(ctx => ctx.Source.UnmetRequests.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("fragileRequests").Description("Subjects it requests that exactly one other office offers.")
            .Resolve(ctx => ctx.Source.FragileRequests.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Initiatives.InitiativeType>>>>("initiatives")
            .Description("The initiatives answering any of this office's requests (any status), in dataset order.")
            .Resolve(ctx => Initiatives.InitiativeFields.AnsweringOffice(ctx.Snapshot().Dataset, ctx.Source.Code));
    }
}
