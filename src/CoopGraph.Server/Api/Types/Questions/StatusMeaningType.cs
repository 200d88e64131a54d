using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>StatusMeaning</c>: one NeedStatus value in words.</summary>
public sealed class StatusMeaningType : ObjectGraphType<NeedStatus>
{
    public StatusMeaningType()
    {
        Name = "StatusMeaning";
        Description = "One need status and what it means (the same words as the NeedStatus enum's description).";
        Field<NonNullGraphType<NeedStatusType>>("status").Description("The status.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<StringGraphType>>("meaning").Description("What it means for a request.").Resolve(ctx => NeedWords.Meaning(ctx.Source));
    }
}
