using CoopGraph.Analytics.FollowUp;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>FollowUpGroup</c>.</summary>
public sealed class FollowUpGroupType : ObjectGraphType<FollowUpGroup>
{
    public FollowUpGroupType()
    {
        Name = "FollowUpGroup";
        Description = "The follow-up counts of one area or one office.";
        Field(x => x.Key, type: typeof(NonNullGraphType<IdGraphType>)).Description("The area id or office code.");
        Field(x => x.NeedsWithoutInitiative).Description("Requests (of the area's subjects, or by the office) no live initiative answers.");
        Field(x => x.Stalled).Description("Stalled initiatives (about the area's subjects, or with the office on either side).");
        Field(x => x.Open).Description("Open initiatives (PROPOSED, AGREED, IN_PROGRESS) in the same sense.");
    }
}
