// @ts-check
// Planner views: isolated offices, unmet and fragile needs by area, the path picker and the what-if removal.
import { h, fill } from './dom.js';
import { fmt, statusBadge, labelBadge } from './panel.js';
/** @import { Standing, Vocabulary, Need, Area, Paths, WhatIf } from './queries.js' */

/** @type {Record<string, string>} */
const standingTitles = {
  ISOLATED: 'Isolated (takes part, no tie either way)',
  WEAK_TIES: 'Weak ties (weakest first)',
  UNMET_NEEDS: 'Requests no other office offers',
};

/**
 * Offices by standing, each with its reasons in words as the analytics give them, weakest first; offices that did not
 * take part (no request, no offer) are named apart rather than ranked as isolated.
 */
/**
 * @param {HTMLElement} target
 * @param {Standing[]} standings
 * @param {(codes: string[]) => void} onShow
 */
export function renderStandings(target, standings, onShow) {
  const listed = standings.filter((s) => standingTitles[s.standing]);
  const absent = standings.filter((s) => s.standing === 'DID_NOT_TAKE_PART');
  /** @param {Standing} s */
  const ties = (s) => `${s.supporters} supporter${s.supporters === 1 ? '' : 's'}, helps ${s.supported}`;
  fill(target,
    listed.length
      ? h('div', { id: 'standing-list' }, Object.entries(standingTitles).flatMap(([kind, title]) => {
        const group = listed.filter((s) => s.standing === kind);
        return group.length ? [h('h3', {}, title), h('ul', { class: 'isolated' }, group.map((s) => h('li', { 'data-office': s.office.code, 'data-standing': s.standing },
          h('strong', {}, s.office.name), h('span', { class: 'muted' }, ` (${ties(s)})`), `: ${s.reasons.map((r) => r.text).join('; ')}.`)))] : [];
      }))
      : h('p', { class: 'muted', id: 'standing-list' }, 'Every office that took part is well connected.'),
    h('p', { id: 'standing-absent', class: 'muted' }, absent.length
      ? `Did not take part (no request, no offer): ${absent.map((s) => s.office.name).join(', ')}.`
      : 'Every office took part.'),
    listed.length ? h('button', { type: 'button', onclick: () => onShow(listed.map((s) => s.office.code)) }, 'Highlight on the map') : null);
}

/** The status vocabulary in the API's words (one definition, in the analytics), with the cross-cutting property. */
/**
 * @param {HTMLElement} target
 * @param {Vocabulary} vocabulary
 */
export function renderVocabulary(target, vocabulary) {
  fill(target,
    h('p', {}, vocabulary.rule),
    h('dl', { class: 'vocabulary' }, vocabulary.statuses.flatMap((s) => [h('dt', {}, statusBadge(s.status)), h('dd', {}, s.meaning)]),
      h('dt', {}, h('span', { class: 'status cross-cutting' }, '(cross-cutting)')), h('dd', {}, vocabulary.crossCutting)));
}

/**
 * @param {HTMLElement} target
 * @param {{ needs: Need[], crossCutting: Need[] }} needs
 * @param {Area[]} areas
 */
export function renderNeeds(target, { needs, crossCutting }, areas) {
  /**
   * @param {Need[]} rows
   * @param {string} [extraClass]
   */
  const table = (rows, extraClass) => h('table', { class: ['needs', extraClass].filter(Boolean).join(' ') },
    h('thead', {}, h('tr', {}, ['Subject', 'Status', 'Who is exposed, and why', 'Requesting offices', 'Offering offices'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((n) => h('tr', { 'data-subject': n.subject.id },
      h('th', { scope: 'row' }, n.subject.name),
      h('td', {}, labelBadge(n.status, n.label)),
      h('td', { class: 'exposed' }, exposure(n)),
      h('td', {}, n.requesters.map((o) => o.name).join(', ')),
      h('td', {}, n.offerers.length ? n.offerers.map((o) => o.name).join(', ') : 'none')))));
  const byArea = areas.map((a) => ({ area: a, needs: needs.filter((n) => n.subject.area === a.id) })).filter((g) => g.needs.length);
  fill(target,
    byArea.length
      ? byArea.map((g) => h('section', { class: 'area-table' }, h('h3', {}, g.area.name), table(g.needs)))
      : h('p', { class: 'muted' }, 'Every request has at least two other offices to turn to.'),
    crossCutting.length
      ? h('section', { class: 'area-table' }, h('h3', {}, 'Cross-cutting courses of action nobody offers (apart from the roll-ups)'), table(crossCutting, 'set-apart'))
      : null);
}

// A cross-cutting subject nobody offers leaves every requester alone: one sentence, not one per office.
/** @param {Need} need */
function exposure(need) {
  if (need.exposed.length && need.exposed.length === need.requesters.length && need.offerers.length === 0 && /cross-cutting/i.test(need.label)) {
    return `All ${need.exposed.length} requesters: no office offers this cross-cutting course of action.`;
  }
  return h('ul', { class: 'exposed-list' }, need.exposed.map((e) => h('li', { 'data-office': e.office.code }, `${e.explanation}.`)));
}

/** Lists paths hop by hop, each hop with its subjects and the server's justification in words. */
/**
 * @param {HTMLElement} target
 * @param {Paths} result
 */
export function renderPaths(target, result) {
  if (!result.paths.length) {
    fill(target, h('p', { class: 'muted', id: 'path-none' }, result.noPathReason ?? 'No path.'));
    return;
  }
  fill(target, h('ol', { class: 'paths', id: 'path-list' }, result.paths.map((p) => h('li', {},
    h('p', {}, h('strong', {}, p.offices.map((o) => o.name).join(' → ')), h('span', { class: 'muted' }, ` (cost ${fmt(p.cost)})`)),
    h('ul', { class: 'hops' }, p.hops.map((hop) => h('li', {},
      `${hop.from.name} can help ${hop.to.name} with:`,
      h('ul', { class: 'hop-subjects' }, hop.subjects.map((s) => h('li', { 'data-subject': s.subject.id },
        h('span', { class: 'subject-name' }, s.subject.name), ': ',
        h('span', { class: 'justification' }, `${s.justification}.`)))))))))));
}

/**
 * What removing offices changes: status changes; supporters lost and gained grouped by supporter as the API groups
 * them ("Brazil no longer helps 16 offices: …", not one line per office); and the largest centrality changes.
 */
/**
 * @param {HTMLElement} target
 * @param {WhatIf} result
 * @param {(id: string) => string} subjectName
 * @param {(code: string) => string} officeName
 */
export function renderWhatIf(target, result, subjectName, officeName) {
  /**
   * @param {string} title
   * @param {HTMLElement[]} items
   * @param {string} id
   */
  const section = (title, items, id) => [h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', { id }, items) : h('p', { id, class: 'muted' }, 'none')];
  /** @param {string} verb @returns {(group: { supporter: string, offices: string[] }) => HTMLElement} */
  const groupItem = (verb) => ({ supporter, offices }) => h('li', { 'data-supporter': supporter },
    h('strong', {}, officeName(supporter)), ` ${verb} ${offices.length} office${offices.length === 1 ? '' : 's'}: `,
    offices.map(officeName).join(', '));
  const deltas = [...result.centralityDeltas]
    .filter((d) => d.inDegree || d.outDegree || Math.abs(d.pageRank) > 1e-9 || Math.abs(d.betweenness) > 1e-9)
    .sort((a, b) => Math.abs(b.pageRank) - Math.abs(a.pageRank) || a.office.localeCompare(b.office));
  /** @param {number} v @param {number} [digits] */
  const signed = (v, digits) => (v > 0 ? '+' : v < 0 ? '−' : '±') + (digits ? Math.abs(v).toFixed(digits) : String(Math.abs(v)));
  fill(target,
    h('p', {}, `Without ${result.removedOffices.map(officeName).join(', ')}:`),
    section('Subjects whose status changes', result.statusChanges.map((c) => h('li', { 'data-subject': c.subject },
      `${subjectName(c.subject)}: `, statusBadge(c.before), ' → ', statusBadge(c.after))), 'whatif-changed-subjects'),
    section('Supporters lost', result.lostSupporters.map(groupItem('no longer helps')), 'whatif-lost-supporters'),
    section('Supporters gained', result.gainedSupporters.map(groupItem('now helps')), 'whatif-gained-supporters'),
    h('h3', {}, `Centrality changes (${deltas.length} offices, largest PageRank change first)`),
    deltas.length
      ? h('table', { id: 'whatif-centrality', class: 'scores' },
        h('thead', {}, h('tr', {}, ['Office', 'Helped by (Δ offices)', 'Can help (Δ offices)', 'PageRank Δ', 'Betweenness Δ'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, deltas.map((d) => h('tr', { 'data-office': d.office },
          h('th', { scope: 'row' }, officeName(d.office)), h('td', {}, signed(d.inDegree)), h('td', {}, signed(d.outDegree)),
          h('td', {}, signed(d.pageRank, 4)), h('td', {}, signed(d.betweenness, 4))))))
      : h('p', { id: 'whatif-centrality', class: 'muted' }, 'none'),
    h('p', { class: 'muted' }, `${result.lostEdges.length} support edge(s) lost or weakened. On the map, offices whose supporters change are ringed in purple (what-if), apart from a selected path (green) and the selected office (black).`));
}
