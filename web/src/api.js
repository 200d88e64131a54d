// @ts-check
// The page's only data source: POST /graphql on the page's own origin (GraphQL over HTTP). No other endpoint, no other host.
import { messageOf } from './dom.js';

/**
 * One entry of a GraphQL response's `errors`.
 * @typedef {{ message: string, path?: (string | number)[], extensions?: { code?: string } }} GraphQLError
 */

/** An error worth showing to the user: what failed and why, with the GraphQL path and code when the server gave them. */
export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {GraphQLError[]} [details]
   */
  constructor(message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
  }
}

const endpoint = new URL('graphql', document.baseURI).toString();

/**
 * Runs a GraphQL operation; returns the raw response body ({data, errors}) and the HTTP status.
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @returns {Promise<{ status: number, body: { data?: unknown, errors?: GraphQLError[] } }>}
 */
export async function execute(query, variables = {}, apiKey = '') {
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  let response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new ApiError(`The CoopGraph API at ${endpoint} is unreachable (${messageOf(error)}).`);
  }
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body };
}

/**
 * Runs a query and returns its data; any GraphQL error (a store error, a bad argument) becomes an ApiError. The caller
 * names the shape of the data its selection set asks for (T): the server's schema is not read here, so the shape is
 * declared beside each query (queries.js), and `tsc` checks every use of it.
 * @template T
 * @param {string} text
 * @param {Record<string, unknown>} [variables]
 * @returns {Promise<T>}
 */
export async function query(text, variables = {}, apiKey = '') {
  const { status, body } = await execute(text, variables, apiKey);
  if (body.errors?.length) {
    const lines = body.errors.map(describeError);
    throw new ApiError(lines.join('; '), body.errors);
  }
  if (status >= 400 || !body.data) throw new ApiError(`The API answered HTTP ${status} without data.`);
  return /** @type {T} */ (body.data);
}

/** @param {GraphQLError} error */
function describeError(error) {
  const code = error.extensions?.code ? ` [${error.extensions.code}]` : '';
  const path = error.path ? ` at ${error.path.join('.')}` : '';
  return `${error.message}${code}${path}`;
}
