# CoopGraph: build with the SDK, run on the ASP.NET runtime (the `coopgraph` executable serves GraphQL and runs the CLI verbs).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY data/ data/
COPY cypher/ cypher/
COPY src/ src/
RUN dotnet publish src/CoopGraph.Server/CoopGraph.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite default store (coopgraph.db) lives here when no Neo4j is configured; the app user must be able to write it.
RUN mkdir -p /data && chown app:app /data
WORKDIR /data
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
# No verb: serve. Any verb runs the CLI instead, e.g. `docker compose run --rm coopgraph sync --store neo4j:http://neo4j:7474`.
ENTRYPOINT ["dotnet", "/app/coopgraph.dll"]
