using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>OfficeFilter</c>.</summary>
public sealed class OfficeFilterType : InputObjectGraphType<OfficeFilter>
{
    public OfficeFilterType()
    {
        Name = "OfficeFilter";
        Description = "Which offices to list; every given criterion must hold.";
        Field(x => x.Search, nullable: true).Description("Part of the code, name or an alias (case and accents ignored), e.g. `mexico`.");
        Field(x => x.Attended, nullable: true).Description("Only offices whose head attended (true) or did not (false).");
        Field(x => x.Requests, type: typeof(IdGraphType)).Description("Only offices requesting this subject id.");
        Field(x => x.Offers, type: typeof(IdGraphType)).Description("Only offices offering this subject id.");
        Field(x => x.Area, type: typeof(IdGraphType)).Description("Only offices requesting or offering a subject of this area id.");
    }
}
