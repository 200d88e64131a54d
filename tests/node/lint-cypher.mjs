// Reads JSON from stdin: [{ "name": "...", "query": "...", "parameters": ["p1", ...], "lint": true }] and writes JSON to
// stdout: [{ "name", "statements": N, "texts": [...], "diagnostics": [{ "severity", "message", "line", "column" }] }].
// With "lint": false only the statement split is done (texts, no diagnostics): the full lint runs Neo4j's semantic
// analysis per statement (about 0.2 CPU-s each), so long generated scripts are split here and linted by distinct shape.
// Neo4j's own Cypher parser (@neo4j-cypher/language-support) does the reading; parameters are declared in the schema
// so that an undeclared parameter is reported. The .NET tests call this script.
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const results = input.map(({ name, query, parameters = [], lint = true }) => {
  const texts = parseStatementsStrs(query).filter((s) => s.trim() !== '');
  if (!lint) return { name, statements: texts.length, texts, diagnostics: [] };
  const schema = { parameters: Object.fromEntries(parameters.map((p) => [p, null])) };
  const { diagnostics } = lintCypherQuery(query, schema);
  return {
    name,
    statements: texts.length,
    texts,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
