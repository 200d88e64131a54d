// Every GraphQL operation the page sends, and the adapters that turn answers into the shapes the views draw.
// Keeping the schema's names in this one file means a schema change touches only here.
import { query } from './api.js';

/**
 * Size-by choices: the CentralityMetric enum value, the name of the same metric on network nodes, and what size then
 * means in the legend. The first is the default: "can help N offices" reads correctly without knowing graph theory.
 */
export const metrics = [
  { value: 'OUT_DEGREE', node: 'outDegree', label: 'Can help N offices (out-degree)', legend: 'how many offices it can help' },
  { value: 'IN_DEGREE', node: 'inDegree', label: 'Helped by N offices (in-degree)', legend: 'how many offices can help it' },
  { value: 'PAGE_RANK', node: 'pageRank', label: 'PageRank' },
  { value: 'BETWEENNESS', node: 'betweenness', label: 'Betweenness' },
  { value: 'CLOSENESS', node: 'closeness', label: 'Closeness' },
  { value: 'HARMONIC', node: 'harmonic', label: 'Harmonic' },
  { value: 'HUB', node: 'hub', label: 'Hub (HITS)' },
  { value: 'AUTHORITY', node: 'authority', label: 'Authority (HITS)' },
];

export async function loadMeta() {
  const data = await query(`query Meta {
    dataset { name version source officeCount subjectCount requestCount offerCount }
    areas { id name }
    offices(first: 500) { totalCount nodes { code name } }
    subjects { id name area { id } status statusLabel crossCutting requesters { code name } offerers { code name } }
    needVocabulary { rule statuses { status meaning } crossCutting }
  }`);
  return {
    dataset: data.dataset,
    // The status vocabulary as the API defines it (one definition, in the analytics), for the page's legends.
    vocabulary: data.needVocabulary,
    areas: data.areas,
    offices: data.offices.nodes,
    subjects: data.subjects.map((s) => ({ ...s, area: s.area.id })),
  };
}

/** A view of the network; office nodes carry their metrics (by name) and isolation flags. */
export async function loadNetwork(view, area, subject) {
  const data = await query(`query Network($view: View, $area: ID, $subject: ID) {
    network(view: $view, area: $area, subject: $subject) {
      directed
      nodes { id label kind metrics { name value } attributes { name value } }
      edges { source target kind weight subjects }
    }
  }`, { view, area: area || null, subject: subject || null });
  const { nodes, edges, directed } = data.network;
  return {
    directed,
    edges,
    nodes: nodes.map((n) => {
      const attributes = Object.fromEntries(n.attributes.map((a) => [a.name, a.value]));
      return {
        id: n.id,
        label: n.label,
        kind: n.kind.toLowerCase(),
        metrics: Object.fromEntries(n.metrics.map((m) => [m.name, m.value])),
        flags: (attributes.flags ?? '').split(' ').filter(Boolean),
      };
    }),
  };
}

/** Everything the side panel shows about one office, including its rank on the chosen metric. */
export async function loadOffice(code, metric) {
  const data = await query(`query Office($code: String!, $metric: CentralityMetric!) {
    office(code: $code) {
      code name institution attended
      requests { subject { id name status statusLabel } source confidence note standing { status label explanation } }
      offers { subject { id name status statusLabel } wording source confidence note }
      supporters { from { code name } weight subjects { id name } }
      supported { to { code name } weight subjects { id name } }
      centrality { inDegree outDegree inStrength outStrength betweenness closeness harmonic pageRank hub authority }
      isolation { flags score componentSize articulationPoint }
      standing { standing supporters supported reasons { text } }
    }
    needsReport { offices { office { code } unmetRequests { id name } fragileRequests { id name } } }
    centrality(metric: $metric) { metric ranking { rank value office { code } } }
  }`, { code, metric });
  if (!data.office) return null;
  const needs = data.needsReport.offices.find((o) => o.office.code === data.office.code);
  const rank = data.centrality.ranking.find((r) => r.office.code === data.office.code);
  return {
    ...data.office,
    unmetRequests: needs?.unmetRequests ?? [],
    fragileRequests: needs?.fragileRequests ?? [],
    rank: rank ? { metric: data.centrality.metric, rank: rank.rank, of: data.centrality.ranking.length } : null,
  };
}

/** Every office's standing with its reasons in words, weakest first (the analytics rank them). */
export async function loadStandings() {
  const data = await query(`query Standings {
    officeStandings { offices { office { code name } standing supporters supported rank reasons { kind text } } }
  }`);
  return data.officeStandings.offices;
}

/** Unmet (and fragile) subjects with who is exposed and why, and the cross-cutting ones nobody offers, listed apart. */
export async function loadUnmet(includeFragile) {
  const need = `subject { id name area { id } } status label requesters { code name } offerers { code name }
      exposed { office { code } explanation }`;
  const data = await query(`query Unmet($fragile: Boolean) {
    unmetNeeds(includeFragile: $fragile) { ${need} }
    needsReport { crossCutting { ${need} } }
  }`, { fragile: includeFragile });
  const shape = (n) => ({ ...n, subject: { ...n.subject, area: n.subject.area.id } });
  return { needs: data.unmetNeeds.map(shape), crossCutting: data.needsReport.crossCutting.map(shape) };
}

/** The provenance of a support edge, from the server: each subject with its justification in words. */
export async function loadSupportLink(from, to, area, subject) {
  const data = await query(`query Link($from: String!, $to: String!, $area: ID, $subject: ID) {
    supportLink(from: $from, to: $to, area: $area, subject: $subject) {
      from { code name } to { code name } subjects { subject { id name } justification }
    }
  }`, { from, to, area: area || null, subject: subject || null });
  return data.supportLink;
}

export async function loadPaths(from, to, k, area) {
  const data = await query(`query Paths($from: String!, $to: String!, $k: Int, $area: ID) {
    paths(from: $from, to: $to, k: $k, area: $area) {
      noPathReason
      paths {
        cost offices { code name }
        hops { from { code name } to { code name }
          subjects { subject { id name } justification } }
      }
    }
  }`, { from, to, k, area: area || null });
  return data.paths;
}

export async function loadWhatIf(removeOffices) {
  const data = await query(`query WhatIf($remove: [String!]) {
    whatIf(removeOffices: $remove) {
      removedOffices
      statusChanges { subject before after }
      supporterChanges { office lost gained }
      lostSupporters { supporter offices }
      gainedSupporters { supporter offices }
      centralityDeltas { office inDegree outDegree betweenness pageRank }
      lostEdges { from to weight }
    }
  }`, { remove: removeOffices });
  return data.whatIf;
}

/** Example operations for the console, one per analytic question. */
export const examples = [
  { label: 'Unmet and fragile needs', text: `{
  unmetNeeds(includeFragile: true) {
    subject { name area { name } }
    status
    requesters { name }
    offerers { name }
  }
}` },
  { label: 'Most central offices (PageRank)', text: `query Central($top: Int) {
  centrality(metric: PAGE_RANK, top: $top) {
    ranking { rank value office { name } }
    evidence { algorithm datasetVersion }
  }
}`, variables: { top: 5 } },
  { label: 'Isolated offices', text: `{
  isolatedOffices {
    offices { office { name } flags score supporters { name } }
    articulationPoints { name }
  }
}` },
  { label: 'Office standings (reasons in words)', text: `{
  officeStandings {
    offices { rank office { name } standing supporters supported reasons { text } }
  }
}` },
  { label: 'Paths Brazil → Honduras', text: `query Paths($from: String!, $to: String!) {
  paths(from: $from, to: $to, k: 3) {
    paths {
      cost
      hops {
        from { name } to { name }
        subjects { subject { name } offer { source confidence } request { source confidence } }
      }
    }
    noPathReason
  }
}`, variables: { from: 'BRA', to: 'HND' } },
  { label: 'Bilateral partners of an office', text: `query Bilateral($office: String!) {
  bilateral(office: $office) {
    partners { partner { name } officeHelpsPartner { name } partnerHelpsOffice { name } reciprocal }
  }
}`, variables: { office: 'PER' } },
  { label: 'What if an office left', text: `query WhatIf($remove: [String!]) {
  whatIf(removeOffices: $remove) {
    statusChanges { subject before after }
    supporterChanges { office lost gained }
  }
}`, variables: { remove: ['MEX'] } },
  { label: 'Match plan', text: `{
  matchPlan(capacity: 3) {
    assigned requests coveragePercent
    assignments { office { name } subject { name } provider { name } }
  }
}` },
  { label: 'Add an offer (mutation, needs the API key)', text: `mutation Add($input: OfferInput!) {
  addOffer(input: $input) { version previousVersion changed }
}`, variables: { input: { office: 'HND', subject: 'madrid-protocol', source: 'workbench', confidence: 'MEDIUM' } } },
  { label: 'Audit trail', text: `{
  changes(first: 20) { nodes { sequence at actor kind target version } }
}` },
];

/**
 * The planner forms' defaults as the API declares them (argument default values, read by introspection), so the page
 * never keeps its own copy. Returns {field: {argument: number}}; empty when the server has introspection switched off,
 * in which case the forms leave their fields blank and the API applies its defaults.
 */
export async function loadPlannerDefaults() {
  const data = await query(`query PlannerDefaults {
    __type(name: "Query") { fields { name args { name defaultValue } } }
  }`);
  const wanted = new Set(['worldCafe', 'workshopPortfolio', 'cohorts']);
  return Object.fromEntries((data.__type?.fields ?? []).filter((f) => wanted.has(f.name)).map((f) => [f.name,
    Object.fromEntries(f.args.filter((a) => a.defaultValue !== null && Number.isFinite(Number(a.defaultValue)))
      .map((a) => [a.name, Number(a.defaultValue)]))]));
}

/** A World Café plan: timetable (each cell is also a facilitator's sheet), itineraries, figures, baseline, solver. */
export async function loadWorldCafe(args) {
  const data = await query(`query WorldCafe($rounds: Int, $seats: Int, $timeLimitSeconds: Float) {
    worldCafe(rounds: $rounds, seats: $seats, timeLimitSeconds: $timeLimitSeconds) {
      datasetVersion offices rounds tables seats minutesPerRound
      subjects { id name request requesters offerers }
      timetable { round table subject offices requesters offerers others offers { office wording } encounters { requester offerer } }
      itineraries { office stops { round table subject role with } }
      figures { ...cafeFigures }
      baseline { ...cafeFigures }
      solver { ...solverReport }
      repeatsModel planSource
    }
  }
  fragment cafeFigures on CafeFigures { interestSeats uselessSeats encounters repeatedPairs imbalance objective }
  fragment solverReport on SolverReport { status objective bound gap wallSeconds timeLimitSeconds workers seed reproducible }`, args);
  return data.worldCafe;
}

/** K workshops chosen by CP-SAT, with the greedy plan beside them. */
export async function loadPortfolio(args) {
  const data = await query(`query WorkshopPortfolio($workshops: Int, $capacity: Int) {
    workshopPortfolio(workshops: $workshops, capacity: $capacity) {
      workshops capacity coverableRequests
      weights { base isolatedOffice unmetSubject fragileSubject }
      optimal { ...plan }
      greedy { ...plan }
      solver { status objective bound gap wallSeconds timeLimitSeconds }
    }
  }
  fragment plan on WorkshopPlan { objective coveredRequests workshops { subject status hosts value participants { office weight isolated } } }`, args);
  return data.workshopPortfolio;
}

export async function loadCohorts(resolution) {
  const data = await query(`query Cohorts($resolution: Float) {
    cohorts(resolution: $resolution) { resolution modularity withoutRequests cohorts { id offices cohesion subjects { subject requesters } } }
  }`, { resolution });
  return data.cohorts;
}

export async function loadRoles() {
  const data = await query(`query Roles {
    roles { thresholds { brokerBetweenness hubOutShare } offices { office role inDegree outDegree betweenness reason } }
  }`);
  return data.roles;
}

/** One subject with who requests and who offers it, in which words and from which source row. */
export async function loadSubject(id) {
  const data = await query(`query Subject($id: ID!) {
    subject(id: $id) {
      id name request status crossCutting coverage area { id name }
      requests { office { code name } source confidence note }
      offers { office { code name } wording source confidence note }
    }
  }`, { id });
  return data.subject;
}
