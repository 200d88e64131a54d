using CoopGraph.Domain;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>OfficeConnection</c>.</summary>
public sealed class OfficeConnectionType() : ConnectionType<OfficeType, Office>("Office", "offices", counted: true);
