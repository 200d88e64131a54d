using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>NeedVocabulary</c>: the words of the status vocabulary, for clients' legends.</summary>
public sealed class NeedVocabularyType : ObjectGraphType<object>
{
    public NeedVocabularyType()
    {
        Name = "NeedVocabulary";
        Description = "The need vocabulary in words, defined once in the analytics: the page's legend, the CLI's legend and the NeedStatus descriptions say the same.";
        Field<NonNullGraphType<StringGraphType>>("rule").Description("How a subject's status follows from its requests'.").Resolve(_ => NeedWords.SubjectRule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusMeaningType>>>>("statuses").Description("Every status with its meaning, worst first.")
            .Resolve(_ => Enum.GetValues<NeedStatus>());
        Field<NonNullGraphType<StringGraphType>>("crossCutting").Description("What \"(cross-cutting)\" beside a status means.").Resolve(_ => NeedWords.CrossCuttingMeaning);
    }
}
