namespace CoopGraph.Server.Api.Http;

/// <summary>Why an HTTP request could not be read as a GraphQL request: the status, error code and message to answer with.</summary>
internal readonly record struct RequestFailure(int Status, string Code, string Message);
