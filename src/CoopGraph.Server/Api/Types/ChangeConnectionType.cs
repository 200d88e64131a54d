using CoopGraph.Storage;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>ChangeConnection</c>.</summary>
public sealed class ChangeConnectionType() : ConnectionType<ChangeRecordType, ChangeRecord>("ChangeRecord", "changes", counted: false);
