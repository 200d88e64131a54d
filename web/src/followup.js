// @ts-check
// The Follow-up tab: the planner's printable list, exactly as GraphQL `followUp` answers it: per area, the needs no
// live initiative answers (with whom to contact) and the stalled initiatives; then the counts per office. The header
// (on screen and on paper) names the round, the stalled threshold, the date and the dataset version.
import { $, h, fill, setOptions } from './dom.js';
import { loadFollowUp } from './initiative-queries.js';
import { chosenRound } from './queries.js';
import { day, refusal, statusLabel } from './initiatives.js';

/** @typedef {import('./initiative-queries.js').FollowUp} FollowUp */
/** @typedef {{ id: string, name: string }} Area */
/** @typedef {{ office: (code: string) => string, areas: () => Area[], offices: () => { code: string, name: string }[] }} Context */

/**
 * Wires the tab; it asks the API the first time the tab is shown, on "Show", and when the dataset changes (follow).
 * @param {Context} context
 */
export function createFollowUp(context) {
  const panel = $('panel-followup');
  /** @type {{ version: string | null, requests: number, filled: boolean }} */
  const state = { version: null, requests: 0, filled: false };
  const form = /** @type {HTMLFormElement} */ ($('followup-form'));

  const load = async () => {
    if (!state.filled) {
      setOptions(/** @type {HTMLSelectElement} */ ($('followup-area')), context.areas().map((a) => ({ value: a.id, label: a.name })));
      setOptions(/** @type {HTMLSelectElement} */ ($('followup-office')), context.offices().map((o) => ({ value: o.code, label: o.name }))
        .sort((a, b) => a.label.localeCompare(b.label)));
      state.filled = true;
    }
    const target = $('followup');
    // Only the answer to the latest question is drawn: a slow answer to an earlier one must not overwrite it.
    const request = ++state.requests;
    const days = /** @type {HTMLInputElement} */ ($('followup-stalled-days'));
    target.setAttribute('aria-busy', 'true');
    delete target.dataset.ready;
    try {
      const args = {
        stalledDays: days.value.trim() === '' ? null : Number(days.value),
        area: /** @type {HTMLSelectElement} */ ($('followup-area')).value || null,
        office: /** @type {HTMLSelectElement} */ ($('followup-office')).value || null,
      };
      const asked = chosenRound();
      const { dataset, rounds, followUp } = await loadFollowUp(args);
      if (request !== state.requests) return;
      if (days.value.trim() === '') days.value = String(followUp.stalledDays);
      // The round the header's picker chose (the needs are that round's), the latest before the rounds are known.
      const shown = rounds.find((r) => r.id === asked?.id) ?? rounds.find((r) => r.latest);
      const scope = [args.area && `area ${context.areas().find((a) => a.id === args.area)?.name ?? args.area}`,
        args.office && `office ${context.office(args.office)}`].filter(Boolean).join(', ');
      $('followup-header').textContent = `Round: ${shown ? `${shown.name} (${shown.id}${shown.date ? `, ${shown.date}` : ''})` : 'the dataset as it stands'}`
        + ` · stalled: open with no step for ${followUp.stalledDays} days or more · as of ${day(followUp.now)}`
        + ` · ${dataset.name}, version ${dataset.version}${scope ? ` · only ${scope}` : ''}.`;
      render(target, followUp, context);
      target.dataset.round = shown?.id ?? '';
      state.version = dataset.version;
      target.dataset.version = dataset.version;
      target.dataset.ready = 'true';
    } catch (error) {
      if (request !== state.requests) return;
      fill(target, refusal(error));
      target.dataset.ready = 'error';
    } finally {
      if (request === state.requests) target.removeAttribute('aria-busy');
    }
  };
  const ask = () => load();

  form.addEventListener('submit', (event) => { event.preventDefault(); ask(); });
  $('followup-print').addEventListener('click', () => window.print());
  new MutationObserver(() => { if (!panel.hidden && state.version === null) ask(); }).observe(panel, { attributes: true, attributeFilter: ['hidden'] });
  if (!panel.hidden) ask();
  return {
    /** Another round was chosen in the header: ask again if the list was shown. */
    reround() { if (state.version !== null) ask(); },
    /** The dataset moved to `version`: ask again if the list was shown. @param {string} version */
    follow(version) {
      if (state.version !== null && state.version !== version) ask();
    },
  };
}

/**
 * @param {HTMLElement} target
 * @param {FollowUp} f
 * @param {Context} context
 */
function render(target, f, context) {
  const names = (/** @type {{ name: string }[]} */ list) => (list.length ? list.map((o) => o.name).join(', ') : 'nobody offers it yet');
  // Each cell carries its column's name, which a phone shows before it (the header row is hidden there).
  const table = (/** @type {string} */ cls, /** @type {string} */ caption, /** @type {string[]} */ columns, /** @type {HTMLElement[]} */ rows) => {
    for (const row of rows) [...row.children].forEach((cell, i) => cell.setAttribute('data-label', columns[i]));
    return h('table', { class: `followup-table ${cls}` }, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, rows));
  };
  const areas = context.areas();
  const groups = f.byArea.filter((g) => g.needsWithoutInitiative + g.stalled + g.open > 0);

  fill(target,
    f.needsWithoutInitiative.length + f.stalled.length === 0 ? h('p', { class: 'muted' }, 'Nothing to follow up.') : null,
    groups.map((g) => {
      const area = areas.find((a) => a.id === g.key);
      const needs = f.needsWithoutInitiative.filter((n) => n.subject.area.id === g.key);
      const stalled = f.stalled.filter((s) => s.initiative.subject.area.id === g.key);
      return h('section', { class: 'followup-area', 'data-area': g.key, 'aria-labelledby': `followup-${g.key}-title` },
        h('h3', { id: `followup-${g.key}-title` }, area?.name ?? g.key),
        h('p', { class: 'counts' }, `${g.needsWithoutInitiative} needs without an initiative · ${g.stalled} stalled initiatives · ${g.open} open initiatives.`),
        needs.length ? table('needs', `Needs without an initiative in ${area?.name ?? g.key}`, ['Office', 'Need (subject)', 'Whom to contact (offices offering it)', 'Dropped initiatives'],
          needs.map((n) => h('tr', { 'data-office': n.office.code, 'data-subject': n.subject.id, 'data-offerers': n.offerers.map((o) => o.code).join(' ') },
            h('td', {}, n.office.name), h('td', {}, n.subject.name, n.crossCutting ? ' (cross-cutting)' : ''),
            h('td', {}, names(n.offerers)), h('td', {}, n.droppedInitiatives.join(', ') || '—')))) : null,
        stalled.length ? table('stalled', `Stalled initiatives in ${area?.name ?? g.key}`, ['Initiative', 'Status', 'Requesting', 'Offering', 'Last step', 'Days since'],
          stalled.map((s) => {
            const last = s.initiative.steps[s.initiative.steps.length - 1];
            return h('tr', { 'data-id': s.initiative.id, 'data-days': s.daysSince },
              h('td', {}, s.initiative.title), h('td', {}, statusLabel(s.initiative.status)),
              h('td', {}, names(s.initiative.requestOffices)), h('td', {}, names(s.initiative.offerOffices)),
              h('td', {}, `${day(s.lastMoved)} by ${last?.actor ?? '—'}${last?.note ? ` — “${last.note}”` : ''}`), h('td', { class: 'num' }, s.daysSince));
          })) : null);
    }),
    f.byOffice.length ? h('section', { class: 'followup-offices', 'aria-labelledby': 'followup-offices-title' },
      h('h3', { id: 'followup-offices-title' }, 'By office'),
      table('offices', 'Per office: its needs without an initiative, and the stalled and open initiatives it is part of',
        ['Office', 'Needs without an initiative', 'Stalled initiatives', 'Open initiatives'],
        f.byOffice.map((g) => h('tr', { 'data-office': g.key },
          h('td', {}, context.office(g.key)), h('td', { class: 'num' }, g.needsWithoutInitiative),
          h('td', { class: 'num' }, g.stalled), h('td', { class: 'num' }, g.open))))) : null);
}
