// graphql-js's standard introspection, as GraphiQL, Postman, Apollo and codegen send it (every option on), for the
// .NET tests. Three uses:
//   node introspect.mjs query            prints the introspection request body: {"query": getIntrospectionQuery(all)}
//   node introspect.mjs print < answer   reads a GraphQL response to that query, prints buildClientSchema -> printSchema
//   node introspect.mjs url URL          does both against a running server (POST URL) and prints the SDL
//   node introspect.mjs sdl < schema     reads SDL (as GraphQL.NET prints it) and prints it as graphql-js does
// graphql-js's printSchema defines the committed schema.graphql: the .NET tests check that the server's own SDL and the
// answer to the standard introspection query both print to it.
// A response that is not a full introspection answer exits 1 with graphql-js's own message on stderr.
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

const readStdin = () => new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
});

const print = (answer) => {
  if (answer.errors?.length) {
    throw new Error('the server answered with errors: ' + JSON.stringify(answer.errors));
  }
  return printSchema(buildClientSchema(answer.data, { assumeValid: false }));
};

const [mode, url] = process.argv.slice(2);
try {
  if (mode === 'query') {
    process.stdout.write(JSON.stringify({ query: getIntrospectionQuery(options) }));
  } else if (mode === 'print') {
    process.stdout.write(print(JSON.parse(await readStdin())) + '\n');
  } else if (mode === 'sdl') {
    process.stdout.write(printSchema(buildSchema(await readStdin())) + '\n');
  } else if (mode === 'url' && url) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: getIntrospectionQuery(options) }),
    });
    process.stdout.write(print(await response.json()) + '\n');
  } else {
    throw new Error('usage: node introspect.mjs query | print < answer.json | sdl < schema.graphql | url http://host/graphql');
  }
} catch (error) {
  process.stderr.write(String(error?.message ?? error) + '\n');
  process.exit(1);
}
