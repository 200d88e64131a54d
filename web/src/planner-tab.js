// @ts-check
// The "Meeting planner" tab: a World Café plan (timetable, figures against the random plan, printable facilitator
// sheets and office itineraries) and a workshop portfolio; plus the map's "colour by cohort | role" control.
// Every figure comes from the API (worldCafe, workshopPortfolio, cohorts, roles); the page only lays it out.
import { $, h, fill, messageOf, showError } from './dom.js';
import { fmt, words } from './panel.js';
import * as q from './queries.js';
import { stampRound } from './round-note.js';
/** @import { WorldCafe, CafeFigures, Portfolio, WorkshopPlan, Roles, Cohorts } from './queries.js' */
/** @typedef {{ office: (code: string) => string, subject: (id: string) => string }} Names */

/** The figures of a World Café plan, in a planner's words; `better` says which direction wins. */
/** @type {{ key: keyof CafeFigures, label: string, better: 'higher' | 'lower' }[]} */
const cafeFigures = [
  { key: 'encounters', label: 'Requester meets offerer on the table\'s subject (encounters)', better: 'higher' },
  { key: 'interestSeats', label: 'Seats on a subject the office asks for or offers', better: 'higher' },
  { key: 'uselessSeats', label: 'Seats on a subject the office neither asks for nor offers', better: 'lower' },
  { key: 'repeatedPairs', label: 'Offices meeting the same office again (repeats)', better: 'lower' },
  { key: 'imbalance', label: 'Uneven tables (largest minus smallest, summed over rounds)', better: 'lower' },
  { key: 'objective', label: 'Overall score (the weighted objective)', better: 'higher' },
];

/** @type {Record<string, string>} */
const solverStatus = {
  OPTIMAL: 'Proven best plan: no plan scores more.',
  FEASIBLE: 'Good plan, not proven best: the solver stopped at its time limit.',
  INFEASIBLE: 'No plan satisfies the rules with these numbers.',
  UNKNOWN: 'The solver found no plan in time.',
};

/** @type {Record<string, string>} */
const stakeWords = { REQUESTS: 'asks for it', OFFERS: 'offers it', BOTH: 'asks for and offers it', NEITHER: 'neither' };

/** Wires the tab; `names` gives {office(code), subject(id)} display names once the dataset is loaded. */
/** @param {Names} names */
export function createMeetingPlanner(names) {
  $('cafe-form').addEventListener('submit', (event) => { event.preventDefault(); runCafe(names); });
  $('portfolio-form').addEventListener('submit', (event) => { event.preventDefault(); runPortfolio(names); });
  $('cafe-print').addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details.printable')) /** @type {HTMLDetailsElement} */ (details).open = true;
  });
}

/** Fills the forms with the API's declared defaults (blank fields fall back to them on the server anyway). */
export async function loadMeetingDefaults() {
  /** @type {Record<string, Record<string, number>>} */
  let defaults = {};
  try {
    defaults = await q.loadPlannerDefaults();
  } catch {
    // Introspection switched off: the fields stay blank and the API applies its own defaults.
  }
  /** @param {string} id @param {number | undefined} value */
  const set = (id, value) => { const input = $(id, HTMLInputElement); if (value !== undefined && input.value === '') input.value = String(value); };
  set('cafe-rounds', defaults.worldCafe?.rounds);
  set('cafe-seats', defaults.worldCafe?.seats);
  set('cafe-time', defaults.worldCafe?.timeLimitSeconds);
  set('portfolio-k', defaults.workshopPortfolio?.workshops);
  set('portfolio-capacity', defaults.workshopPortfolio?.capacity);
  set('cohort-resolution', defaults.cohorts?.resolution);
  $('panel-meeting').dataset.ready = 'true';
  return defaults;
}

/** @param {string} id */
const numberOrNull = (id) => { const { value } = $(id, HTMLInputElement); return value.trim() === '' ? null : Number(value); };

/** @param {Names} names */
async function runCafe(names) {
  const status = $('cafe-status');
  const result = $('cafe-result');
  $('cafe-run', HTMLButtonElement).disabled = true;
  $('cafe-print', HTMLButtonElement).disabled = true;
  result.setAttribute('aria-busy', 'true');
  delete result.dataset.ready;
  status.textContent = 'Planning… (the solver runs up to its time limit)';
  const asked = q.chosenRound();
  try {
    const plan = await q.loadWorldCafe({
      rounds: numberOrNull('cafe-rounds'), seats: numberOrNull('cafe-seats'), timeLimitSeconds: numberOrNull('cafe-time'),
    });
    renderCafe(result, plan, names);
    stampRound(result, asked);
    status.textContent = `Planned ${plan.offices.length} offices in ${plan.rounds} rounds of ${plan.tables} tables.`;
    $('cafe-print', HTMLButtonElement).disabled = false;
    result.dataset.ready = 'true';
  } catch (error) {
    status.textContent = '';
    fill(result, h('p', { class: 'error' }, messageOf(error)));
    result.dataset.ready = 'error';
  } finally {
    $('cafe-run', HTMLButtonElement).disabled = false;
    result.removeAttribute('aria-busy');
  }
}

/**
 * @param {HTMLElement} target
 * @param {WorldCafe} plan
 * @param {Names} names
 */
function renderCafe(target, plan, names) {
  /** @param {string} id */
  const subject = (id) => plan.subjects.find((s) => s.id === id) ?? { id, name: names.subject(id), request: null, requesters: [], offerers: [] };
  /** @param {string[]} codes */
  const officeNames = (codes) => (codes.length ? codes.map(names.office).join(', ') : 'none');
  const tables = Array.from({ length: plan.tables }, (_, i) => i + 1);
  const rounds = Array.from({ length: plan.rounds }, (_, i) => i + 1);
  /** @param {number} round @param {number} table */
  const cell = (round, table) => plan.timetable.find((t) => t.round === round && t.table === table);

  const timetable = h('table', { class: 'timetable', id: 'cafe-timetable' },
    h('caption', {}, `${plan.rounds} rounds of ${plan.minutesPerRound} minutes, ${plan.tables} tables of up to ${plan.seats} seats`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Round'), tables.map((t) => h('th', { scope: 'col' }, `Table ${t}`)))),
    h('tbody', {}, rounds.map((round) => h('tr', { 'data-round': round },
      h('th', { scope: 'row' }, `Round ${round}`),
      tables.map((table) => {
        const c = cell(round, table);
        if (!c) return h('td', { class: 'muted' }, 'closed');
        return h('td', { 'data-table': table, 'data-subject': c.subject },
          h('strong', { class: 'subject-name' }, subject(c.subject).name),
          h('ul', { class: 'seated' }, c.offices.map((code) => h('li', { 'data-code': code }, names.office(code)))));
      })))));

  /**
   * @param {{ better: 'higher' | 'lower' }} figure
   * @param {number} plan
   * @param {number | undefined} random
   */
  const better = (figure, plan, random) => {
    if (random === undefined || random === null) return '';
    if (plan === random) return 'same';
    return (figure.better === 'higher') === (plan > random) ? 'plan better' : 'random better';
  };
  const figures = h('table', { class: 'figures', id: 'cafe-figures' },
    h('thead', {}, h('tr', {}, ['Figure', 'This plan', 'A random plan (same rules, same seed)', 'Which is better'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, cafeFigures.map((f) => h('tr', { 'data-figure': f.key },
      h('th', { scope: 'row' }, f.label, h('span', { class: 'muted' }, ` (${f.better} is better)`)),
      h('td', { class: 'plan' }, fmt(plan.figures[f.key])),
      h('td', { class: 'baseline' }, plan.baseline ? fmt(plan.baseline[f.key]) : 'no random plan found'),
      h('td', {}, better(f, plan.figures[f.key], plan.baseline?.[f.key]))))));

  const s = plan.solver;
  const solver = h('dl', { class: 'solver', id: 'cafe-solver' },
    h('dt', {}, 'Verdict'), h('dd', { 'data-field': 'status', 'data-value': s.status }, solverStatus[s.status] ?? words(s.status)),
    h('dt', {}, 'Score of this plan'), h('dd', { 'data-field': 'objective' }, fmt(s.objective)),
    h('dt', {}, 'Best score any plan could reach (the solver\'s proven bound)'),
    h('dd', { 'data-field': 'bound' }, s.bound === null ? 'not proven in the time' : fmt(s.bound)),
    h('dt', {}, 'How far this plan may be from the best (gap: bound minus score, over the score)'),
    h('dd', { 'data-field': 'gap' }, s.gap === null ? 'unknown' : `${percent(s.gap)}${s.gap === 0 ? ' (this is the best plan)' : ''}`),
    h('dt', {}, 'Solver time'), h('dd', { 'data-field': 'time' }, `${fmt(s.wallSeconds)} s of ${fmt(s.timeLimitSeconds)} s allowed, ${s.workers} worker(s)`),
    h('dt', {}, 'Same numbers and seed give the same plan'),
    h('dd', { 'data-field': 'reproducible' }, s.reproducible ? `yes (seed ${s.seed})` : `not guaranteed: the clock stopped the solver (seed ${s.seed})`),
    plan.planSource !== 'CP_SAT' ? [h('dt', {}, 'Plan source'), h('dd', { 'data-field': 'source' }, 'the solver\'s greedy start plan (it found none better in time)')] : null);

  const sheets = plan.timetable.map((t) => {
    const subj = subject(t.subject);
    return h('article', { class: 'sheet', 'data-round': t.round, 'data-table': t.table, 'data-subject': t.subject },
      h('h4', {}, `Round ${t.round} · Table ${t.table}: ${subj.name}`),
      h('p', { class: 'muted' }, `Facilitator's sheet · ${plan.minutesPerRound} minutes · ${t.offices.length} offices`),
      subj.request ? h('p', { class: 'request' }, h('strong', {}, 'The request: '), subj.request) : null,
      h('dl', { class: 'sheet-people' },
        h('dt', {}, 'Ask for it (requesters)'), h('dd', { class: 'requesters' }, officeNames(t.requesters)),
        h('dt', {}, 'Offer it (offerers)'), h('dd', { class: 'offerers' }, officeNames(t.offerers)),
        h('dt', {}, 'Neither'), h('dd', { class: 'others' }, officeNames(t.others))),
      h('h5', {}, 'Who can help whom here'),
      t.encounters.length
        ? h('ul', { class: 'encounters' }, t.encounters.map((e) => h('li', {}, `${names.office(e.requester)} ← ${names.office(e.offerer)}`)))
        : h('p', { class: 'muted' }, 'No request meets an offer at this table: start from experiences.'),
      h('h5', {}, 'To open the conversation (the offers as worded)'),
      t.offers.length
        ? h('ul', { class: 'offers' }, t.offers.map((o) => h('li', { 'data-code': o.office },
          h('strong', {}, `${names.office(o.office)}: `), o.wording ?? h('span', { class: 'muted' }, 'no wording given'))))
        : h('p', { class: 'muted' }, 'Nobody at this table offers the subject.'));
  });

  const itineraries = plan.itineraries.map((it) => h('article', { class: 'itinerary', 'data-office': it.office },
    h('h4', {}, `${names.office(it.office)} (${it.office})`),
    h('table', {},
      h('thead', {}, h('tr', {}, ['Round', 'Table', 'Subject', 'Your stake', 'With'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, it.stops.map((stop) => h('tr', {},
        h('th', { scope: 'row' }, String(stop.round)), h('td', {}, String(stop.table)), h('td', {}, subject(stop.subject).name),
        h('td', {}, stakeWords[stop.role] ?? words(stop.role)), h('td', {}, officeNames(stop.with))))))));

  fill(target,
    h('section', { class: 'cafe-overview' },
      h('h3', {}, 'Timetable'), h('div', { class: 'scroll' }, timetable),
      h('h3', { class: 'no-print' }, 'How good is the plan'),
      h('div', { class: 'scroll no-print' }, figures),
      h('div', { class: 'no-print' }, solver)),
    // Folded on screen (twenty-odd pages), unfolded for print: the print button and the browser's own print do both.
    h('details', { class: 'sheets printable' },
      h('summary', {}, h('h3', { id: 'sheets-title' }, `Facilitator sheets (${sheets.length}), one per table and round`)), sheets),
    h('details', { class: 'itineraries printable' },
      h('summary', {}, h('h3', { id: 'itineraries-title' }, `Office itineraries (${itineraries.length})`)), itineraries));
}

/** @param {Names} names */
async function runPortfolio(names) {
  const result = $('portfolio-result');
  $('portfolio-run', HTMLButtonElement).disabled = true;
  result.setAttribute('aria-busy', 'true');
  delete result.dataset.ready;
  fill(result, h('p', { class: 'muted' }, 'Choosing workshops…'));
  const asked = q.chosenRound();
  try {
    const portfolio = await q.loadPortfolio({ workshops: numberOrNull('portfolio-k'), capacity: numberOrNull('portfolio-capacity') });
    renderPortfolio(result, portfolio, names);
    stampRound(result, asked);
    result.dataset.ready = 'true';
  } catch (error) {
    fill(result, h('p', { class: 'error' }, messageOf(error)));
    result.dataset.ready = 'error';
  } finally {
    $('portfolio-run', HTMLButtonElement).disabled = false;
    result.removeAttribute('aria-busy');
  }
}

/**
 * @param {HTMLElement} target
 * @param {Portfolio} p
 * @param {Names} names
 */
function renderPortfolio(target, p, names) {
  const s = p.solver;
  /** @param {WorkshopPlan} plan @param {string} id */
  const workshopTable = (plan, id) => h('table', { class: 'workshops', id },
    h('thead', {}, h('tr', {}, ['Subject', 'Need', 'Hosts (offer it)', 'Requests it answers', 'Value'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, plan.workshops.map((w) => h('tr', { 'data-subject': w.subject },
      h('th', { scope: 'row' }, names.subject(w.subject)),
      h('td', {}, words(w.status)),
      h('td', { class: 'hosts' }, w.hosts.map(names.office).join(', ')),
      h('td', { class: 'participants' }, w.participants.map((r) => `${names.office(r.office)}${r.isolated ? ' (isolated)' : ''}`).join(', ')),
      h('td', { class: 'value' }, fmt(w.value))))));
  const w = p.weights;
  fill(target,
    h('p', { id: 'portfolio-summary' },
      `The solver's ${p.optimal.workshops.length} workshops answer ${p.optimal.coveredRequests} of the ${p.coverableRequests} requests `
      + `some office could answer, worth ${fmt(p.optimal.objective)} points. `,
      s.bound === null || s.gap === null ? 'No bound was proven in the time. ' : `No choice of ${p.workshops} workshops can be worth more than ${fmt(s.bound)} points (the proven bound)`
        + `${s.gap === 0 ? ', so this is the best choice. ' : `; this choice may be up to ${percent(s.gap)} below it. `}`,
      `The simple one-at-a-time (greedy) choice is worth ${fmt(p.greedy.objective)} points and answers ${p.greedy.coveredRequests} requests.`),
    h('p', { class: 'muted' }, `Points per answered request: ${w.base}, plus ${w.isolatedOffice} if the requester is isolated, `
      + `${w.unmetSubject} if nobody else offers the subject, ${w.fragileSubject} if only one office does. `
      + `Up to ${p.capacity} participants per workshop.`),
    h('h3', {}, `The solver's choice (${p.optimal.workshops.length} workshops)`),
    h('div', { class: 'scroll' }, workshopTable(p.optimal, 'portfolio-optimal')),
    h('h3', {}, `The greedy choice, for comparison (${p.greedy.workshops.length} workshops)`),
    h('div', { class: 'scroll' }, workshopTable(p.greedy, 'portfolio-greedy')));
}

/** @param {number} gap */
const percent = (gap) => `${(100 * gap).toFixed(gap < 0.1 ? 2 : 0)} %`;

// Colour by cohort or role on the map ------------------------------------------------------------------------------

const palette = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a'];
const noGroup = '#b8c2cc';
const roleOrder = ['PROVIDER_HUB', 'BROKER', 'DUAL', 'REQUESTER', 'ISOLATED'];

/**
 * The map's "Colour by" control. `apply()` recolours the current nodes (call it after every redraw); each office node
 * gets data `group` (e.g. `cohort-2`, `role-BROKER`) and `colour`, and the legend lists each group with its offices.
 */
/**
 * @typedef {{ key: string, label: string, colour: string, offices: string[], cohesion?: number,
 *   subjects?: { subject: string, requesters: string[] }[] }} Group
 * @typedef {Group[] & { thresholds?: Roles['thresholds'], modularity?: number }} Groups
 */

/**
 * @param {import('cytoscape').Core} cy
 * @param {Names} names
 */
export function createMapColouring(cy, names) {
  const select = $('colour-by', HTMLSelectElement);
  const legend = $('colour-legend');
  /** @type {Groups | null} */
  let groups = null;

  const load = async () => {
    const mode = select.value;
    $('cohort-resolution-label').hidden = mode !== 'cohort';
    $('status-legend').hidden = Boolean(mode);
    groups = null;
    legend.dataset.mode = mode;
    delete legend.dataset.ready;
    if (!mode) { fill(legend); stampRound(legend, null); apply(); legend.dataset.ready = 'true'; return; }
    const asked = q.chosenRound();
    try {
      const answer = mode === 'role' ? roleGroups(await q.loadRoles()) : cohortGroups(await q.loadCohorts(numberOrNull('cohort-resolution')));
      if (select.value !== mode || asked !== q.chosenRound()) return;
      groups = answer;
      renderLegend(legend, groups, names, mode);
      stampRound(legend, asked);
      apply();
      legend.dataset.ready = 'true';
    } catch (error) {
      fill(legend, h('li', { class: 'error' }, messageOf(error)));
      legend.dataset.ready = 'error';
      showError('Colour by', error);
    }
  };

  const apply = () => {
    const byOffice = new Map((groups ?? []).flatMap((g) => g.offices.map((code) => /** @type {[string, Group]} */ ([code, g]))));
    cy.nodes('.office').forEach((node) => {
      const group = byOffice.get(node.id());
      if (!groups) node.removeData('group colour');
      else node.data({ group: group?.key ?? 'none', colour: group?.colour ?? noGroup });
    });
  };

  cy.style().selector('node.office[colour]').style({ 'background-color': 'data(colour)' }).update();
  select.addEventListener('change', load);
  $('cohort-resolution').addEventListener('change', load);
  return {
    apply,
    /** Another round was chosen: colour by its cohorts or roles (nothing to ask when not colouring). */
    reload: () => (select.value ? load() : Promise.resolve()),
  };
}

/** @param {Roles} roles */
function roleGroups(roles) {
  const present = roleOrder.filter((r) => roles.offices.some((o) => o.role === r));
  /** @type {Groups} */
  const groups = present.map((role, i) => ({
    key: `role-${role}`, label: words(role), colour: palette[i], offices: roles.offices.filter((o) => o.role === role).map((o) => o.office),
  }));
  groups.thresholds = roles.thresholds;
  return groups;
}

/** @param {Cohorts} cohorts */
function cohortGroups(cohorts) {
  /** @type {Groups} */
  const groups = cohorts.cohorts.map((c, i) => ({
    key: `cohort-${c.id}`, label: `cohort ${c.id}`, colour: palette[i % palette.length], offices: c.offices,
    cohesion: c.cohesion, subjects: c.subjects,
  }));
  if (cohorts.withoutRequests.length) {
    groups.push({ key: 'cohort-none', label: 'no cohort (no request to compare)', colour: noGroup, offices: cohorts.withoutRequests });
  }
  groups.modularity = cohorts.modularity;
  return groups;
}

/**
 * @param {HTMLElement} legend
 * @param {Groups} groups
 * @param {Names} names
 * @param {string} mode
 */
function renderLegend(legend, groups, names, mode) {
  /** @param {string} colour */
  const swatch = (colour) => {
    const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    span.style.backgroundColor = colour; // CSSOM, not a style attribute: allowed by the page's CSP
    return span;
  };
  fill(legend, groups.map((g) => h('li', { 'data-group': g.key, 'data-offices': g.offices.join(' ') },
    swatch(g.colour), h('strong', {}, `${g.label[0].toUpperCase()}${g.label.slice(1)} (${g.offices.length}): `),
    g.offices.map(names.office).join(', '),
    g.subjects ? h('span', { class: 'provenance' },
      ` · similarity within ${fmt(g.cohesion)}; asks most for ${g.subjects.map((s) => names.subject(s.subject)).join(', ')}`) : null)),
    mode === 'cohort' && groups.modularity !== undefined
      ? h('li', { class: 'muted' }, `Modularity ${fmt(groups.modularity)}: the closer to 0, the softer the groups.`) : null,
    mode === 'role' && groups.thresholds ? h('li', { class: 'muted' }, `Broker: betweenness at least ${fmt(groups.thresholds.brokerBetweenness)}; `
      + `provider hub: helps more offices than help it and at least ${percent(groups.thresholds.hubOutShare)} of the others (or only gives).`) : null);
}
