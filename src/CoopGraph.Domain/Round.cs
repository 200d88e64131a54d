using System.Text.Json.Serialization;

namespace CoopGraph.Domain;

/// <summary>What kind of step of the planners' loop a round records.</summary>
public enum RoundKind
{
    /// <summary>A questionnaire collected requests and offers.</summary>
    [JsonStringEnumMemberName("survey")]
    Survey,

    /// <summary>A meeting refined them.</summary>
    [JsonStringEnumMemberName("meeting")]
    Meeting,

    /// <summary>A follow-up after a meeting.</summary>
    [JsonStringEnumMemberName("follow-up")]
    FollowUp,
}

/// <summary>
/// One round of the loop (survey, meeting, follow-up) and the requests and offers as they stood in it. Offices, areas
/// and subjects are the dataset's, shared by every round.
/// </summary>
/// <param name="Id">Stable identifier (lower-case letters, digits and dashes), e.g. <c>survey-2022-04</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Date">ISO 8601 date (<c>2022-10-04</c>) or month (<c>2022-04</c>); null only for the implicit round of a version-1 dataset.</param>
/// <param name="Kind">What the round was; null only for the implicit round of a version-1 dataset.</param>
/// <param name="Requests">The round's requests; null for the latest round, whose requests are the dataset's own.</param>
/// <param name="Offers">The round's offers; null for the latest round, whose offers are the dataset's own.</param>
/// <param name="Citations">Where the source says why a request or offer differs from the previous round's.</param>
public sealed record Round(
    string Id,
    string Name,
    string? Date,
    RoundKind? Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Request>? Requests = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Offer>? Offers = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Citation>? Citations = null)
{
    /// <summary>The id of the one round a version-1 dataset (no <c>rounds</c>) holds.</summary>
    public const string ImplicitId = "current";
}

/// <summary>The spellings of <see cref="RoundKind"/> in files, the API and the CLI.</summary>
public static class RoundKinds
{
    /// <summary><c>survey</c>, <c>meeting</c> or <c>follow-up</c>.</summary>
    public static string Name(RoundKind kind) => kind switch
    {
        RoundKind.Survey => "survey",
        RoundKind.Meeting => "meeting",
        _ => "follow-up",
    };
}

/// <summary>
/// Where the source says why a request or offer of a round is not as it was in the previous round (added or withdrawn).
/// It explains a difference; it never makes one: the differences are computed from the two rounds' own lists.
/// </summary>
/// <param name="Role"><c>request</c> or <c>offer</c>.</param>
/// <param name="Office">Office code.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Line">1-based line of the source text (for Lima: the report's text dump).</param>
/// <param name="Quote">The words of the source at that line, shortened.</param>
public sealed record Citation(string Role, string Office, string Subject, int Line, string? Quote);
