// Rounds in the workbench: the header's round picker (the analytic views answer on the chosen round) and the Changes
// tab (GraphQL compare between two rounds: what was added and withdrawn with its report line, and what that changed).
import { $, h, fill, setOptions, showError } from './dom.js';
import { fmt, words } from './panel.js';
import * as q from './queries.js';

const label = (r) => `${r.name}${r.date ? ` (${r.date})` : ''}`;

function showRound(round) {
  const info = $('round-info');
  info.textContent = `Showing round ${label(round)}${round.latest ? ', the latest' : ''} · ${round.requestCount} requests · ${round.offerCount} offers`;
  info.dataset.round = round.id;
}

/**
 * Fills the header's round picker (latest chosen) and the Changes tab's selectors (the two latest), and calls
 * onRound after the analytic questions were switched to another round. Returns the rounds.
 */
export async function createRounds({ onRound, office, subject }) {
  const rounds = await q.loadRounds();
  const options = rounds.map((r) => ({ value: r.id, label: label(r) }));
  const latest = rounds.findIndex((r) => r.latest);
  setOptions($('round-pick'), options, false);
  $('round-pick').selectedIndex = latest;
  showRound(rounds[latest]);
  $('round-pick').addEventListener('change', async (event) => {
    const round = rounds.find((r) => r.id === event.target.value);
    q.setRound(round.latest ? null : round.id);
    showRound(round);
    await onRound(round);
  });

  setOptions($('changes-from'), options, false);
  setOptions($('changes-to'), options, false);
  $('changes-from').selectedIndex = Math.max(0, rounds.length - 2);
  $('changes-to').selectedIndex = rounds.length - 1;
  const names = { office, subject };
  $('changes-form').addEventListener('submit', (event) => { event.preventDefault(); showChanges(names); });
  if (rounds.length > 1) await showChanges(names);
  else fill($('changes-result'), h('p', { class: 'muted' }, 'This dataset has one round: there is nothing to compare.'));
  return rounds;
}

async function showChanges(names) {
  const from = $('changes-from').value;
  const to = $('changes-to').value;
  const target = $('changes-result');
  target.setAttribute('aria-busy', 'true');
  try {
    renderChanges(target, await q.loadCompare(from, to), names);
    target.dataset.compared = `${from}..${to}`;
  } catch (error) {
    fill(target, h('p', { class: 'error' }, error.message));
    showError('Changes', error);
  } finally {
    target.removeAttribute('aria-busy');
  }
}

const table = (id, columns, rows) => h('table', { class: 'changes', id },
  h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
  h('tbody', {}, rows));

const none = (what) => h('p', { class: 'muted' }, `No ${what}.`);

function differences(id, list, { office, subject }) {
  if (!list.length) return none(id.replace('changes-', '') + ' requests or offers');
  return table(id, ['Request or offer', 'Office', 'Subject', 'Source', 'Confidence', 'Report line', 'Quote'],
    list.map((d) => h('tr', { 'data-office': d.office, 'data-subject': d.subject, 'data-role': d.role },
      h('td', {}, d.role), h('td', {}, office(d.office)), h('td', {}, subject(d.subject)), h('td', {}, d.source),
      h('td', {}, d.confidence), h('td', { class: 'line' }, d.line ?? '—'), h('td', {}, d.quote ?? ''))));
}

function renderChanges(target, c, { office, subject }) {
  const codes = (list) => (list.length ? list.map(office).join(', ') : '—');
  const coverage = (p) => `${p.assigned} of ${p.requests} requests (${fmt(p.coveragePercent)}%)`;
  const pairs = (list) => (list.length ? list.map((p) => `${office(p.a)} ⇄ ${office(p.b)}`).join('; ') : 'none');
  fill(target,
    h('h3', {}, `Added (${c.added.length})`), differences('changes-added', c.added, { office, subject }),
    h('h3', {}, `Withdrawn (${c.withdrawn.length})`), differences('changes-withdrawn', c.withdrawn, { office, subject }),
    h('h3', {}, `Subjects whose status changed (${c.subjects.length})`),
    c.subjects.length ? table('changes-subjects', ['Subject', 'Before', 'After', 'Offerers before', 'Offerers after'],
      c.subjects.map((s) => h('tr', { 'data-subject': s.subject }, h('td', {}, subject(s.subject)), h('td', {}, words(s.from)),
        h('td', {}, words(s.to)), h('td', {}, codes(s.offerersFrom)), h('td', {}, codes(s.offerersTo))))) : none('subject changed status'),
    h('h3', {}, `Offices whose isolation changed (${c.offices.length})`),
    c.offices.length ? table('changes-offices', ['Office', 'Signs before', 'Signs after', 'Score', 'Supporters gained', 'Supporters lost'],
      c.offices.map((o) => h('tr', { 'data-office': o.office }, h('td', {}, office(o.office)),
        h('td', {}, o.flagsFrom.map(words).join(', ') || '—'), h('td', {}, o.flagsTo.map(words).join(', ') || '—'),
        h('td', {}, `${fmt(o.scoreFrom)} → ${fmt(o.scoreTo)}`), h('td', {}, codes(o.supportersGained)), h('td', {}, codes(o.supportersLost))))) : none('office changed'),
    h('h3', {}, 'Biggest PageRank rank movers'),
    c.rankMovers.length ? table('changes-movers', ['Office', 'Rank before', 'Rank after', 'Move'],
      c.rankMovers.map((m) => h('tr', { 'data-office': m.office }, h('td', {}, office(m.office)), h('td', {}, m.rankFrom),
        h('td', {}, m.rankTo), h('td', {}, m.move > 0 ? `+${m.move}` : m.move)))) : none('rank moved'),
    h('h3', {}, 'Reciprocal pairs'),
    h('p', { id: 'changes-pairs' }, `Gained (${c.pairsGained.length}): ${pairs(c.pairsGained)}. Lost (${c.pairsLost.length}): ${pairs(c.pairsLost)}.`),
    h('h3', {}, 'Match-plan coverage'),
    h('p', { id: 'changes-coverage' }, `${coverage(c.coverageFrom)} → ${coverage(c.coverageTo)}, at capacity ${c.coverageTo.capacity} per office.`));
}
