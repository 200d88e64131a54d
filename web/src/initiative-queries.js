// @ts-check
// The GraphQL operations of the initiatives board and the follow-up list (kept apart from queries.js so the two views
// stay one import away from the schema): reads without a key, the two keyed edits with the board's API key.
import { query } from './api.js';
import { roundArg } from './queries.js';

/**
 * @typedef {{ code: string, name: string }} OfficeRef
 * @typedef {{ status: string, at: string, actor: string, note: string | null }} Step
 * @typedef {{ id: string, title: string, round: string | null, status: string, allowedNext: string[],
 *   lastMoved: string | null, subject: { id: string, name: string, area: { id: string } }, requestOffices: OfficeRef[],
 *   offerOffices: OfficeRef[], steps: Step[] }} Initiative
 * @typedef {{ id: string, name: string, date: string | null, latest: boolean }} Round
 * @typedef {{ initiative: { id: string }, daysSince: number }} StalledRef
 * @typedef {{ version: string, rounds: Round[], initiatives: Initiative[], now: string, stalledDays: number,
 *   open: StalledRef[], stalled: StalledRef[] }} Board
 * @typedef {{ key: string, needsWithoutInitiative: number, stalled: number, open: number }} FollowUpGroup
 * @typedef {{ office: OfficeRef, subject: { id: string, name: string, area: { id: string } }, offerers: OfficeRef[],
 *   droppedInitiatives: string[], crossCutting: boolean }} Need
 * @typedef {{ initiative: Initiative, lastMoved: string, daysSince: number }} Stalled
 * @typedef {{ now: string, stalledDays: number, needsWithoutInitiative: Need[], stalled: Stalled[],
 *   byArea: FollowUpGroup[], byOffice: FollowUpGroup[] }} FollowUp
 */

const initiativeFields = `id title round status allowedNext lastMoved subject { id name area { id } }
  requestOffices { code name } offerOffices { code name } steps { status at actor note }`;

/**
 * Everything the board shows, in one request, on the header's chosen round (the initiatives proposed by then): the
 * initiatives, the rounds, and from `followUp` (the one definition of
 * "days since" and "stalled"): every open initiative's days since its last step (`stalledDays: 0` lists them all) and
 * those stalled at the threshold (`null`: the API's default).
 * @param {number | null} stalledDays
 * @returns {Promise<Board>}
 */
export async function loadBoard(stalledDays) {
  const data = await query(`query Board($stalledDays: Int, $round: ID) {
    dataset { version }
    rounds { id name date latest }
    initiatives(round: $round) { ${initiativeFields} }
    open: followUp(stalledDays: 0, round: $round) { now stalled { initiative { id } daysSince } }
    late: followUp(stalledDays: $stalledDays, round: $round) { stalledDays stalled { initiative { id } daysSince } }
  }`, { stalledDays, round: roundArg() });
  return {
    version: data.dataset.version,
    rounds: data.rounds,
    initiatives: data.initiatives,
    now: data.open.now,
    stalledDays: data.late.stalledDays,
    open: data.open.stalled,
    stalled: data.late.stalled,
  };
}

/**
 * The offices that request and offer each subject at a round (the bipartite view's edges), for the propose form: it
 * offers only the offices the server will accept for that round.
 * @param {string} round
 * @returns {Promise<Map<string, { requesters: Set<string>, offerers: Set<string> }>>}
 */
export async function loadLinksAt(round) {
  const data = await query(`query Links($round: ID) {
    network(view: BIPARTITE, round: $round) { edges { source target kind } }
  }`, { round });
  /** @type {Map<string, { requesters: Set<string>, offerers: Set<string> }>} */
  const links = new Map();
  for (const edge of data.network.edges) {
    const entry = links.get(edge.target) ?? { requesters: new Set(), offerers: new Set() };
    (edge.kind === 'OFFERS' ? entry.offerers : entry.requesters).add(edge.source);
    links.set(edge.target, entry);
  }
  return links;
}

/**
 * `proposeInitiative`, applied only if the dataset is still at `expectedVersion`.
 * @param {Record<string, unknown>} input
 * @param {string} expectedVersion
 * @param {string} apiKey
 * @returns {Promise<{ version: string, changed: boolean, warnings: string[] }>}
 */
export async function proposeInitiative(input, expectedVersion, apiKey) {
  const data = await query(`mutation Propose($expectedVersion: String, $input: ProposeInitiativeInput!) {
    proposeInitiative(expectedVersion: $expectedVersion, input: $input) { version changed warnings }
  }`, { expectedVersion, input }, apiKey);
  return data.proposeInitiative;
}

/**
 * `advanceInitiative`, applied only if the dataset is still at `expectedVersion`.
 * @param {{ id: string, status: string, note: string | null, at: string | null }} move
 * @param {string} expectedVersion
 * @param {string} apiKey
 * @returns {Promise<{ version: string, changed: boolean }>}
 */
export async function advanceInitiative(move, expectedVersion, apiKey) {
  const data = await query(`mutation Advance($expectedVersion: String, $id: ID!, $status: InitiativeStatus!, $note: String, $at: DateTimeOffset) {
    advanceInitiative(expectedVersion: $expectedVersion, id: $id, status: $status, note: $note, at: $at) { version changed }
  }`, { expectedVersion, ...move }, apiKey);
  return data.advanceInitiative;
}

/**
 * The follow-up question as the API answers it (`followUp`) on the header's chosen round, with the dataset's name and
 * version and the rounds.
 * @param {{ stalledDays: number | null, area: string | null, office: string | null }} args
 * @returns {Promise<{ dataset: { name: string, version: string }, rounds: Round[], followUp: FollowUp }>}
 */
export async function loadFollowUp(args) {
  return await query(`query FollowUp($stalledDays: Int, $area: ID, $office: String, $round: ID) {
    dataset { name version }
    rounds { id name date latest }
    followUp(stalledDays: $stalledDays, area: $area, office: $office, round: $round) {
      now stalledDays
      needsWithoutInitiative { office { code name } subject { id name area { id } } offerers { code name } droppedInitiatives crossCutting }
      stalled { lastMoved daysSince initiative { ${initiativeFields} } }
      byArea { key needsWithoutInitiative stalled open }
      byOffice { key needsWithoutInitiative stalled open }
    }
  }`, { ...args, round: roundArg() });
}
