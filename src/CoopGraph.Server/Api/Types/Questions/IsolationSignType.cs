using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>IsolationSign</c>.</summary>
public sealed class IsolationSignType : EnumerationGraphType<IsolationSign>
{
    /// <summary>Names the type.</summary>
    public IsolationSignType()
    {
        Name = "IsolationSign";
        Description = "A warning sign that an office is cut off from cooperation (see `isolatedOffices`).";
        this.Describe("NO_SUPPORT", "It requests a subject that no other office offers (not a cross-cutting one nobody offers): at least one of its needs is UNMET.");
        this.Describe("NO_PARTNERS", "It has no support link in either direction: no office can help it and it can help no office.");
        this.Describe("SINGLE_SUPPORTER", "Exactly one office can help it, with any of its requests: it depends on that one partner.");
    }
}
