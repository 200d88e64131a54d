// @ts-check
// The side panel: an office's requests and offers with each subject's status, its supporters and supported offices,
// its unmet requests and its scores; or the subjects behind an edge with their provenance.
import { h, fill } from './dom.js';
/** @import { Office, OfficeRequest, OfficeOffer, OfficeRef, SubjectRef, NetworkEdge } from './queries.js' */
/** @typedef {{ id: string, name: string, links: string[] }} Provenance */

/** @type {[keyof Office['centrality'], string][]} */
const scoreRows = [
  ['inDegree', 'In-degree (supporters)'], ['outDegree', 'Out-degree (can support)'], ['inStrength', 'In-strength'],
  ['outStrength', 'Out-strength'], ['betweenness', 'Betweenness'], ['closeness', 'Closeness'], ['harmonic', 'Harmonic'],
  ['pageRank', 'PageRank'], ['hub', 'Hub'], ['authority', 'Authority'],
];

/**
 * @param {HTMLElement} target
 * @param {Office} office
 */
export function renderOffice(target, office) {
  // A request shows the office's own status (from its own helpers) and, labelled apart, the subject's worst status over
  // all requesters: badging the latter alone made an office look unmet while its own summary said otherwise.
  /** @param {OfficeRequest | OfficeOffer} entry */
  const subjectWide = (entry) => h('span', { class: 'subject-status' }, `all requesters: ${words(entry.subject.statusLabel)}`);
  /** @param {OfficeRequest} entry */
  const requestItem = (entry) => h('li', { 'data-subject': entry.subject.id },
    h('span', { class: 'subject-name' }, entry.subject.name), ' ',
    labelBadge(entry.standing.status, entry.standing.label, 'own-status'), ' ', subjectWide(entry),
    h('span', { class: 'explanation' }, ` ${entry.standing.explanation}.`),
    h('span', { class: 'provenance' }, ` ${entry.source} · ${lower(entry.confidence)} confidence`));
  /** @param {OfficeOffer} entry */
  const offerItem = (entry) => h('li', { 'data-subject': entry.subject.id },
    h('span', { class: 'subject-name' }, entry.subject.name), ' ', subjectWide(entry),
    h('span', { class: 'provenance' }, ` ${entry.source} · ${lower(entry.confidence)} confidence`));
  /**
   * @template {'from' | 'to'} S
   * @param {({ [side in S]: OfficeRef } & { subjects: SubjectRef[] })[]} edges
   * @param {S} side
   * @param {string} id
   */
  const partners = (edges, side, id) => (edges.length
    ? h('ul', { class: 'partners', id }, edges.map((e) => h('li', {}, h('strong', {}, e[side].name),
      h('span', { class: 'provenance' }, ` ${e.subjects.map((s) => s.name).join('; ')}`))))
    : h('p', { id, class: 'muted' }, 'none'));
  const isolation = office.isolation;
  fill(target,
    h('h2', { id: 'details-title' }, office.name, ' ', h('span', { class: 'muted' }, `(${office.code})`)),
    office.institution ? h('p', { class: 'muted' }, office.institution) : null,
    // The standing in words (the analytics' reasons), not bare flag names: "no support" read as "nobody helps it".
    h('p', { id: 'office-standing', class: office.standing.reasons.length ? 'flag' : 'muted' },
      `Standing: ${words(office.standing.standing)} (${office.standing.supporters} supporters, helps ${office.standing.supported})`,
      office.standing.reasons.length ? `: ${office.standing.reasons.map((r) => r.text).join('; ')}` : '',
      ` · isolation score ${fmt(isolation.score)}`),
    h('h3', {}, `Offers (${office.offers.length})`),
    office.offers.length ? h('ul', { class: 'subjects', id: 'office-offers' }, office.offers.map(offerItem)) : h('p', { id: 'office-offers', class: 'muted' }, 'none'),
    h('h3', {}, `Requests (${office.requests.length})`),
    office.requests.length ? h('p', { class: 'muted legend-note' }, 'First badge: this office\'s own status, from the offices that can help it; then the subject\'s worst status over all requesters.') : null,
    office.requests.length ? h('ul', { class: 'subjects', id: 'office-requests' }, office.requests.map(requestItem)) : h('p', { id: 'office-requests', class: 'muted' }, 'none'),
    h('h3', {}, 'Unmet requests (nobody else offers; cross-cutting ones apart)'),
    h('p', { id: 'office-unmet' }, names(office.needs.unmetRequests)),
    h('h3', {}, 'Fragile requests (one other offerer)'),
    h('p', { id: 'office-fragile' }, names(office.needs.fragileRequests)),
    h('h3', {}, `Supporters (${office.supporters.length})`),
    partners(office.supporters, 'from', 'office-supporters'),
    h('h3', {}, `Can support (${office.supported.length})`),
    partners(office.supported, 'to', 'office-supported'),
    h('h3', {}, 'Scores'),
    h('p', { id: 'office-rank' }, `Rank ${office.rank.rank} of ${office.rank.outOf} by ${words(office.rank.metric)}`),
    h('table', { class: 'scores' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Measure'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', {}, scoreRows.map(([key, label]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, fmt(office.centrality[key])))))));
}

/** Lists an edge's subjects, each with its justification in words (the server's, for office-to-office edges). */
/**
 * @param {HTMLElement} target
 * @param {string} title
 * @param {Pick<NetworkEdge, 'kind' | 'weight'>} edge
 * @param {Provenance[]} provenance
 */
export function renderEdge(target, title, edge, provenance) {
  fill(target,
    h('h2', { id: 'details-title' }, title),
    h('p', { class: 'muted' }, `${words(edge.kind)} · weight ${fmt(edge.weight)}`),
    h('ul', { class: 'subjects', id: 'edge-subjects' }, provenance.map((p) => h('li', { 'data-subject': p.id },
      h('span', { class: 'subject-name' }, p.name),
      p.links.map((link) => h('span', { class: 'justification' }, ` ${link}`))))));
}

/** @param {string} status */
export function statusBadge(status) {
  return h('span', { class: `status status-${lower(status)}` }, words(status));
}

/** A status badge with the API's label (`UNMET (cross-cutting)`): coloured by the status, worded by the label. */
/**
 * @param {string} status
 * @param {string} label
 */
export function labelBadge(status, label, extraClass = '') {
  const crossCutting = /cross-cutting/i.test(label ?? '');
  return h('span', { class: ['status', `status-${lower(status)}`, crossCutting ? 'cross-cutting' : '', extraClass].filter(Boolean).join(' ') }, words(label));
}

/** A figure as the page shows it: integers as they are, other numbers to 3 decimals. @param {unknown} value */
export const fmt = (value) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value ?? ''));
/** An enum value in lower-case words (`WEAK_TIES` → `weak ties`). @param {string | null | undefined} text */
export const words = (text) => lower(text).replace(/_/g, ' ');
/** @param {string | null | undefined} text */
const lower = (text) => (text ?? '').toLowerCase();
/** @param {{ name: string }[]} items */
const names = (items) => (items.length ? items.map((i) => i.name).join(', ') : 'none');
