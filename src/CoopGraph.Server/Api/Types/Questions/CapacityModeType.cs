using CoopGraph.Analytics.Matching;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>CapacityMode</c>.</summary>
public sealed class CapacityModeType : EnumerationGraphType<CapacityMode>
{
    /// <summary>Names the type.</summary>
    public CapacityModeType()
    {
        Name = "CapacityMode";
        Description = "What the capacity of a match plan limits: requests per offering office in all, or per office and subject.";
        this.Describe("TOTAL", "Each offering office serves at most `capacity` requests in all, whatever the subjects (the default).");
        this.Describe("PER_SUBJECT", "Each offering office serves at most `capacity` requests for each subject it offers.");
    }
}
