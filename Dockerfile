# CoopGraph: the workbench bundled with Node, the server built with the SDK, run on the ASP.NET runtime
# (the `coopgraph` executable serves GraphQL and the page, and runs the CLI verbs).
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY data/ data/
COPY cypher/ cypher/
COPY src/ src/
# The server's project imports this file; without npm in this image it only notes that the page comes from elsewhere.
COPY web/Workbench.targets web/
COPY --from=web /src/src/CoopGraph.Server/wwwroot/ src/CoopGraph.Server/wwwroot/
RUN dotnet publish src/CoopGraph.Server/CoopGraph.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite default store (coopgraph.db) lives here when no Neo4j is configured; the app user must be able to write it.
RUN mkdir -p /data && chown app:app /data
WORKDIR /data
# Static files (wwwroot) are found from the content root, the data file from the working directory.
ENV ASPNETCORE_URLS=http://+:8080 ASPNETCORE_CONTENTROOT=/app
EXPOSE 8080
USER app
# No verb: serve. Any verb runs the CLI instead, e.g. `docker compose run --rm coopgraph sync --store neo4j:http://neo4j:7474`.
ENTRYPOINT ["dotnet", "/app/coopgraph.dll"]
