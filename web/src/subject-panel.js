// @ts-check
// The side panel for a subject (from the bipartite map): its status, the request's wording, who requests it and who
// offers it, each offer in its own words, with the source row behind every line.
import { h, fill } from './dom.js';
import { statusBadge } from './panel.js';
/** @import { Subject, Confidence, OfficeRef } from './queries.js' */

/**
 * @param {HTMLElement} target
 * @param {Subject} subject
 */
export function renderSubject(target, subject) {
  /** @param {{ source: string, confidence: Confidence }} entry */
  const source = (entry) => h('span', { class: 'provenance' }, ` ${entry.source} · ${entry.confidence.toLowerCase()} confidence`);
  /**
   * @template {{ office: OfficeRef, source: string, confidence: Confidence }} E
   * @param {string} id
   * @param {E[]} entries
   * @param {(entry: E) => import('./dom.js').Child} line
   */
  const list = (id, entries, line) => (entries.length
    ? h('ul', { class: 'subjects', id }, entries.map((e) => h('li', { 'data-code': e.office.code }, line(e), source(e))))
    : h('p', { id, class: 'muted' }, 'none'));
  fill(target,
    h('h2', { id: 'details-title' }, subject.name),
    h('p', { class: 'muted' }, `Subject in ${subject.area.name}`),
    h('p', { id: 'subject-status' }, 'Status: ', statusBadge(subject.status),
      subject.crossCutting ? h('span', { class: 'muted' }, ' · cross-cutting') : null),
    subject.request ? h('p', { id: 'subject-request' }, h('strong', {}, 'Request: '), subject.request) : null,
    h('h3', {}, `Requesting offices (${subject.requests.length})`),
    list('subject-requesters', subject.requests, (r) => h('strong', {}, r.office.name)),
    h('h3', {}, `Offering offices (${subject.offers.length})`),
    list('subject-offerers', subject.offers, (o) => [h('strong', {}, o.office.name),
      o.wording ? h('span', { class: 'wording' }, `: “${o.wording}”`) : null]));
}
