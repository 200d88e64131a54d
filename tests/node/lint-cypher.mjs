// Reads JSON from stdin: [{ "name": "...", "query": "...", "parameters": ["p1", ...] }] and writes JSON to stdout:
// [{ "name", "statements": N, "diagnostics": [{ "severity", "message", "line", "column" }] }].
// Neo4j's own Cypher parser (@neo4j-cypher/language-support) does the reading; parameters are declared in the schema
// so that an undeclared parameter is reported. The .NET tests call this script.
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const results = input.map(({ name, query, parameters = [] }) => {
  const schema = { parameters: Object.fromEntries(parameters.map((p) => [p, null])) };
  const { diagnostics } = lintCypherQuery(query, schema);
  return {
    name,
    statements: parseStatementsStrs(query).filter((s) => s.trim() !== '').length,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
