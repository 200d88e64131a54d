using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>NeedStatus</c>.</summary>
public sealed class NeedStatusType : EnumerationGraphType<NeedStatus>
{
    /// <summary>Names the type.</summary>
    public NeedStatusType()
    {
        Name = "NeedStatus";
        // The words come from NeedWords, as do the CLI's legend and (through this description) the page's.
        Description = "How well a request, or a subject's worst request, can be met by other offices. " + NeedWords.SubjectRule;
        foreach (var status in Enum.GetValues<NeedStatus>())
        {
            this.Describe(NeedWords.Name(status), NeedWords.Meaning(status));
        }
    }
}
