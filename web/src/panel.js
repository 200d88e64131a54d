// The side panel: an office's requests and offers with each subject's status, its supporters and supported offices,
// its unmet requests and its scores; or the subjects behind an edge with their provenance.
import { h, fill } from './dom.js';

const names = (offices) => (offices.length ? offices.map((o) => o.name).join(', ') : 'none');

export function renderOffice(target, office, isolation) {
  const subjectItem = (entry) => h('li', {},
    h('span', { class: 'subject-name' }, entry.subject.name), ' ',
    h('span', { class: `status status-${(entry.subject.status ?? '').toLowerCase()}` }, entry.subject.status ?? ''),
    h('span', { class: 'provenance' }, ` ${entry.source} · ${(entry.confidence ?? '').toLowerCase()} confidence`));
  fill(target,
    h('h2', { id: 'details-title' }, office.name, ' ', h('span', { class: 'muted' }, `(${office.code})`)),
    office.institution ? h('p', { class: 'muted' }, office.institution) : null,
    isolation?.isolated ? h('p', { class: 'flag' }, `Isolated: ${isolation.flags.join(', ')} (score ${fmt(isolation.score)})`) : null,
    h('h3', {}, `Offers (${office.offers.length})`),
    h('ul', { class: 'subjects', id: 'office-offers' }, office.offers.map(subjectItem)),
    h('h3', {}, `Requests (${office.requests.length})`),
    h('ul', { class: 'subjects', id: 'office-requests' }, office.requests.map(subjectItem)),
    h('h3', {}, 'Unmet requests'),
    h('p', { id: 'office-unmet' }, office.unmetRequests.length ? office.unmetRequests.map((s) => s.name).join(', ') : 'none'),
    h('h3', {}, `Supporters (${office.supporters.length})`),
    h('p', { id: 'office-supporters' }, names(office.supporters)),
    h('h3', {}, `Can support (${office.supported.length})`),
    h('p', { id: 'office-supported' }, names(office.supported)),
    h('h3', {}, 'Scores'),
    h('table', { class: 'scores' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Rank'))),
      h('tbody', {}, office.centrality.map((c) => h('tr', {}, h('td', {}, label(c.metric)), h('td', {}, fmt(c.value)), h('td', {}, c.rank))))));
}

/** Lists an edge's subjects with where each comes from (the offer's and the request's source rows). */
export function renderEdge(target, edge, source, targetOffice, provenance) {
  fill(target,
    h('h2', { id: 'details-title' }, `${source?.name ?? edge.source} → ${targetOffice?.name ?? edge.target}`),
    h('p', { class: 'muted' }, `${edge.kind ?? ''} edge, weight ${fmt(edge.weight)}`),
    h('ul', { class: 'subjects', id: 'edge-subjects' }, provenance.map((p) => h('li', {},
      h('span', { class: 'subject-name' }, p.name),
      p.offer ? h('span', { class: 'provenance' }, ` offer: ${p.offer.source} (${lower(p.offer.confidence)})`) : null,
      p.request ? h('span', { class: 'provenance' }, ` request: ${p.request.source} (${lower(p.request.confidence)})`) : null))));
}

export const fmt = (value) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value ?? ''));
const lower = (text) => (text ?? '').toLowerCase();
const label = (metric) => lower(metric).replace(/_/g, ' ');
