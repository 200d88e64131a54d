// @ts-check
// The Initiatives tab: the board (one labelled group per status, each initiative a card with its offices, round, last
// step and days since, stalled ones said in words) and the two keyed edits, proposeInitiative and advanceInitiative.
// Every edit carries the version the board was read at (expectedVersion): if anything changed since, the server
// refuses and nothing is written. A refusal is shown with the server's message and place and the board stays as it
// was; after a success the board reads everything again from the API.
import { $, h, fill, setOptions } from './dom.js';
import * as api from './initiative-queries.js';
import { chosenRound } from './queries.js';
import { stampRound } from './round-note.js';

/** @typedef {import('./initiative-queries.js').Initiative} Initiative */
/** @typedef {import('./initiative-queries.js').Board} Board */
/** @typedef {{ office: (code: string) => string, subject: (id: string) => string }} Names */

/** The statuses in lifecycle order, with the words the board shows. */
export const statuses = [
  { status: 'PROPOSED', label: 'Proposed' },
  { status: 'AGREED', label: 'Agreed' },
  { status: 'IN_PROGRESS', label: 'In progress' },
  { status: 'COMPLETED', label: 'Completed' },
  { status: 'DROPPED', label: 'Dropped' },
];

/** @param {string} status */
export const statusLabel = (status) => statuses.find((s) => s.status === status)?.label ?? status;

/** The UTC day of an ISO time (the server stores steps in UTC). @param {string | null | undefined} at */
export const day = (at) => (at ? at.slice(0, 10) : '—');

/** @param {number} n @param {string} one @param {string} many */
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/**
 * An API refusal as the page shows it: the server's message, its code, the GraphQL path and every place it names.
 * @param {unknown} error
 */
export function refusal(error) {
  /** @type {{ message: string, path?: string[], extensions?: { code?: string, issues?: { place: string, message: string }[] } }[]} */
  const details = /** @type {any} */ (error)?.details ?? [];
  if (!details.length) return h('p', { class: 'error' }, /** @type {Error} */ (error)?.message ?? String(error));
  return details.map((e) => h('div', { class: 'error refusal', 'data-code': e.extensions?.code ?? '' },
    h('p', {}, h('strong', {}, 'Refused by the server'),
      e.extensions?.code ? ` (${e.extensions.code}${e.path ? ` at ${e.path.join('.')}` : ''})` : '', `: ${e.message}`),
    e.extensions?.issues?.length
      ? h('ul', { class: 'issues' }, e.extensions.issues.map((i) => h('li', { 'data-place': i.place }, h('code', {}, i.place), `: ${i.message}`)))
      : null,
    h('p', {}, 'Nothing was written.')));
}

/** A date input's value as the API's `at`: blank or today means "now" (the server's clock), another day its start in UTC. @param {string} value */
function atOf(value) {
  if (!value || value === new Date().toISOString().slice(0, 10)) return null;
  return `${value}T00:00:00Z`;
}

/**
 * Wires the tab. It reads the board the first time the tab is shown, and again after each of its own edits and when
 * the dataset changes (follow), unless the planner has started typing on it: then it says the board is out of date
 * and keeps what is typed (an edit from there is refused as stale, which the planner sees).
 * @param {Names} names
 */
export function createInitiativesBoard(names) {
  const panel = $('panel-initiatives');
  /** @type {{ board: Board | null, loading: Promise<void> | null, dirty: boolean, links: Map<string, { requesters: Set<string>, offerers: Set<string> }> | null, idTouched: boolean }} */
  const state = { board: null, loading: null, dirty: false, links: null, idTouched: false };
  const key = () => /** @type {HTMLInputElement} */ ($('board-key')).value.trim();
  const stalledDays = () => {
    const value = /** @type {HTMLInputElement} */ ($('board-stalled-days')).value.trim();
    return value === '' ? null : Number(value);
  };

  const load = async () => {
    const target = $('board');
    target.setAttribute('aria-busy', 'true');
    delete target.dataset.ready;
    const asked = chosenRound();
    try {
      const board = await api.loadBoard(stalledDays());
      const first = !state.board;
      state.board = board;
      state.dirty = false;
      render(target, board, names, { advance });
      const days = /** @type {HTMLInputElement} */ ($('board-stalled-days'));
      if (days.value === '') days.value = String(board.stalledDays);
      // The initiatives proposed by the chosen round (every one at the latest), with their status as it is now.
      const round = asked && !asked.latest ? ` proposed by ${asked.id}` : '';
      $('board-info').textContent = `${plural(board.initiatives.length, 'initiative', 'initiatives')}${round} · read at version ${board.version} `
        + `on ${day(board.now)} · stalled: open with no step for ${plural(board.stalledDays, 'day', 'days')} or more.`;
      stampRound(target, asked);
      if (first) await fillProposeRounds(board);
      target.dataset.version = board.version;
      target.dataset.ready = 'true';
    } catch (error) {
      fill($('board-result'), refusal(error));
      target.dataset.ready = 'error';
    } finally {
      target.removeAttribute('aria-busy');
    }
  };
  // One read at a time: the live follow does not start a second read while one (e.g. after an edit) is under way.
  const reload = () => {
    state.loading ??= load().finally(() => { state.loading = null; });
    return state.loading;
  };
  // A read that starts after now (after an edit or a new threshold, an answer already on its way may be older).
  const fresh = () => (state.loading ? state.loading.then(reload) : reload());
  const ensure = () => (state.board ? state.loading : reload());

  /** Every edit: the board's version as expectedVersion, the key, then either a fresh read or the refusal. */
  const edit = async (/** @type {string} */ what, /** @type {() => Promise<{ version: string, changed: boolean }>} */ send) => {
    const result = $('board-result');
    result.setAttribute('aria-busy', 'true');
    try {
      const outcome = await send();
      window.dispatchEvent(new Event('coopgraph:edited'));
      state.dirty = false;
      await fresh();
      fill(result, h('p', { class: 'done', role: 'status' },
        outcome.changed ? `${what}: recorded; the dataset is now version ${outcome.version}.` : `${what}: already recorded, nothing changed.`));
      return true;
    } catch (error) {
      fill(result, refusal(error));
      return false;
    } finally {
      result.removeAttribute('aria-busy');
    }
  };

  /** @param {Initiative} initiative @param {{ status: string, note: string | null, at: string | null }} move */
  async function advance(initiative, move) {
    if (!state.board) return;
    const version = state.board.version;
    await edit(`${initiative.title} → ${statusLabel(move.status)}`, () => api.advanceInitiative({ id: initiative.id, ...move }, version, key()));
  }

  // The propose form: rounds from the board, then the subjects requested and offered at the chosen round, then the
  // offices that request and offer the chosen subject there: only choices the server accepts.
  /** @param {Board} board */
  async function fillProposeRounds(board) {
    const round = /** @type {HTMLSelectElement} */ ($('propose-round'));
    setOptions(round, board.rounds.map((r) => ({ value: r.id, label: `${r.name}${r.date ? ` (${r.date})` : ''}${r.latest ? ' · latest' : ''}` })), false);
    round.selectedIndex = Math.max(0, board.rounds.findIndex((r) => r.latest));
    followPicker();
    await fillProposeSubjects();
  }
  /** The form proposes in the round the header's picker shows (the board's round), as long as the picker knows it. */
  function followPicker() {
    const round = /** @type {HTMLSelectElement} */ ($('propose-round'));
    const chosen = chosenRound();
    if (chosen && [...round.options].some((o) => o.value === chosen.id)) round.value = chosen.id;
  }
  async function fillProposeSubjects() {
    const round = /** @type {HTMLSelectElement} */ ($('propose-round')).value;
    const links = await api.loadLinksAt(round);
    // Another round was chosen meanwhile: its own read fills the form.
    if (/** @type {HTMLSelectElement} */ ($('propose-round')).value !== round) return;
    state.links = links;
    const subjects = [...state.links.entries()]
      .filter(([, l]) => l.requesters.size > 0 && l.offerers.size > 0)
      .map(([id]) => ({ value: id, label: names.subject(id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
    setOptions(/** @type {HTMLSelectElement} */ ($('propose-subject')), subjects, false);
    fillProposeOffices();
  }
  function fillProposeOffices() {
    const links = state.links?.get(/** @type {HTMLSelectElement} */ ($('propose-subject')).value);
    /** @param {string} id @param {Set<string> | undefined} codes */
    const boxes = (id, codes) => {
      const sorted = [...(codes ?? [])].map((code) => ({ code, name: names.office(code) })).sort((a, b) => a.name.localeCompare(b.name));
      fill(/** @type {HTMLElement} */ ($(id).querySelector('.checks')), sorted.map((o) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: id.replace('propose-', ''), value: o.code }), ` ${o.name}`)));
    };
    boxes('propose-requesters', links?.requesters);
    boxes('propose-offerers', links?.offerers);
  }

  const form = /** @type {HTMLFormElement} */ ($('propose-form'));
  $('propose-round').addEventListener('change', () => fillProposeSubjects().catch((error) => fill($('board-result'), refusal(error))));
  $('propose-subject').addEventListener('change', fillProposeOffices);
  const idInput = /** @type {HTMLInputElement} */ ($('propose-id'));
  idInput.addEventListener('input', () => { state.idTouched = idInput.value !== ''; });
  $('propose-title-input').addEventListener('input', (event) => {
    if (state.idTouched) return;
    const title = /** @type {HTMLInputElement} */ (event.target).value;
    idInput.value = title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!state.board) return;
    const checked = (/** @type {string} */ name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);
    const value = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ ($(id)).value.trim();
    const missing = [
      !value('propose-subject') && 'a subject',
      !checked('requesters').length && 'at least one requesting office',
      !checked('offerers').length && 'at least one offering office',
      !value('propose-title-input') && 'a title',
      !idInput.checkValidity() && 'an id of lower-case letters, digits and dashes',
    ].filter(Boolean);
    if (missing.length) {
      fill($('board-result'), h('p', { class: 'error' }, `Not sent: give ${missing.join(', ')}.`));
      return;
    }
    const input = {
      id: value('propose-id'), title: value('propose-title-input'), subject: value('propose-subject'),
      requestOffices: checked('requesters'), offerOffices: checked('offerers'), round: value('propose-round') || null,
      note: value('propose-note') || null, at: atOf(value('propose-at')),
    };
    const version = state.board.version;
    if (await edit(`Proposed “${input.title}”`, () => api.proposeInitiative(input, version, key()))) {
      // A clean form for the next one, in the same round (a reset would pick the first round).
      const round = /** @type {HTMLSelectElement} */ ($('propose-round')).value;
      form.reset();
      /** @type {HTMLSelectElement} */ ($('propose-round')).value = round;
      state.idTouched = false;
      await fillProposeSubjects();
    }
  });

  // Typing on the board (a propose field, a move's note) keeps it from being redrawn under the planner's hands.
  panel.addEventListener('input', (event) => {
    if (/** @type {HTMLElement} */ (event.target).closest('#propose-form, .advance')) state.dirty = true;
  });
  $('board-controls').addEventListener('submit', (event) => { event.preventDefault(); fresh(); });

  // Read on first show (by click, arrow keys or the page's #initiatives address).
  new MutationObserver(() => { if (!panel.hidden) ensure(); }).observe(panel, { attributes: true, attributeFilter: ['hidden'] });
  if (!panel.hidden) ensure();

  return {
    /** Another round was chosen in the header: read its board again if it was read. */
    reround() {
      if (!state.board) return;
      fresh();
      const round = /** @type {HTMLSelectElement} */ ($('propose-round'));
      const before = round.value;
      followPicker();
      if (round.value !== before) fillProposeSubjects().catch((error) => fill($('board-result'), refusal(error)));
    },
    /** The dataset moved to `version`: read again, or say the board is out of date while the planner is typing. @param {string} version */
    follow(version) {
      if (!state.board || state.loading || state.board.version === version) return;
      if (!state.dirty) { reload(); return; }
      fill($('board-result'), h('p', { class: 'stale', role: 'status' },
        `Out of date: the dataset is now version ${version}, the board shows version ${state.board.version}. An edit from here will be refused; `,
        h('button', { type: 'button', id: 'board-reread', onclick: () => { fill($('board-result')); fresh(); } }, 'Read the board again'), '.'));
    },
  };
}

/**
 * Draws the board: a labelled group per status (in lifecycle order), each card with what the planner needs to act.
 * @param {HTMLElement} target
 * @param {Board} board
 * @param {Names} names
 * @param {{ advance: (initiative: Initiative, move: { status: string, note: string | null, at: string | null }) => Promise<void> }} actions
 */
function render(target, board, names, { advance }) {
  const daysOpen = new Map(board.open.map((s) => [s.initiative.id, s.daysSince]));
  const stalled = new Set(board.stalled.map((s) => s.initiative.id));
  // The round's id and date (its full name, often long, is the tooltip and in the round picker).
  const roundName = (/** @type {string | null} */ id) => {
    const round = board.rounds.find((r) => r.id === id);
    return round ? `${round.id}${round.date ? ` (${round.date})` : ''}` : id ?? 'not named';
  };
  const roundTitle = (/** @type {string | null} */ id) => board.rounds.find((r) => r.id === id)?.name;
  fill(target, statuses.map(({ status, label }) => {
    const cards = board.initiatives.filter((i) => i.status === status);
    return h('section', { class: 'board-group', id: `board-${status}`, 'data-status': status, 'aria-labelledby': `board-${status}-title` },
      h('h3', { id: `board-${status}-title` }, `${label} (${cards.length})`),
      cards.length
        ? h('ul', { class: 'cards' }, cards.map((i) => h('li', {}, card(i, daysOpen.get(i.id), stalled.has(i.id)))))
        : h('p', { class: 'muted' }, 'None.'));
  }));

  /** @param {Initiative} i @param {number | undefined} days @param {boolean} isStalled */
  function card(i, days, isStalled) {
    const last = i.steps[i.steps.length - 1];
    const titleId = `card-${i.id}-title`;
    const offices = (/** @type {{ code: string, name: string }[]} */ list) => list.map((o) => o.name).join(', ');
    return h('article', { class: `board-card${isStalled ? ' is-stalled' : ''}`, 'data-id': i.id, 'data-status': i.status, 'aria-labelledby': titleId },
      h('h4', { id: titleId }, i.title),
      isStalled ? h('p', { class: 'stalled-mark' }, h('strong', {}, 'Stalled:'), ` no step for ${plural(days ?? 0, 'day', 'days')} (${board.stalledDays} or more counts as stalled).`) : null,
      h('dl', { class: 'card-facts' },
        h('dt', {}, 'Subject'), h('dd', { 'data-field': 'subject' }, i.subject.name),
        h('dt', {}, 'Requesting'), h('dd', { 'data-field': 'requesters' }, offices(i.requestOffices)),
        h('dt', {}, 'Offering'), h('dd', { 'data-field': 'offerers' }, offices(i.offerOffices)),
        h('dt', {}, 'Proposed in'), h('dd', { 'data-field': 'round', title: roundTitle(i.round) }, roundName(i.round)),
        h('dt', {}, 'Last step'), h('dd', { 'data-field': 'last-step' },
          `${statusLabel(last.status)} on ${day(last.at)} by ${last.actor}`, last.note ? ` — “${last.note}”` : ''),
        h('dt', {}, 'Days since'), h('dd', { 'data-field': 'days-since' },
          days === undefined ? `final (${statusLabel(i.status).toLowerCase()})` : String(days))),
      i.steps.length > 1
        ? h('details', { class: 'history' }, h('summary', {}, `History (${plural(i.steps.length, 'step', 'steps')})`),
          h('ol', {}, i.steps.map((s) => h('li', {}, `${statusLabel(s.status)} on ${day(s.at)} by ${s.actor}${s.note ? ` — “${s.note}”` : ''}`))))
        : null,
      i.allowedNext.length ? moveForm(i) : null);
  }

  /** @param {Initiative} i */
  function moveForm(i) {
    const status = h('select', { name: 'status' }, i.allowedNext.map((s) => h('option', { value: s }, statusLabel(s))));
    const note = h('input', { name: 'note', maxlength: 500 });
    const at = h('input', { name: 'at', type: 'date' });
    const submit = h('button', { type: 'submit' }, 'Record the step');
    return h('form', { class: 'advance no-print', 'aria-label': `Move “${i.title}”`, onsubmit: async (/** @type {Event} */ event) => {
      event.preventDefault();
      submit.setAttribute('disabled', '');
      try {
        await advance(i, { status: /** @type {HTMLSelectElement} */ (status).value,
          note: /** @type {HTMLInputElement} */ (note).value.trim() || null, at: atOf(/** @type {HTMLInputElement} */ (at).value) });
      } finally {
        submit.removeAttribute('disabled');
      }
    } },
    h('label', {}, 'Move to', status), h('label', {}, 'Note', note), h('label', {}, 'Date (blank: now)', at), submit);
  }
}
