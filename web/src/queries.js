// @ts-check
// Every GraphQL operation the page sends, and the adapters that turn answers into the shapes the views draw.
// Keeping the schema's names in this one file means a schema change touches only here.
import { query } from './api.js';

// The shapes below are what each selection set asks for (the schema's names and nullability, in schema.graphql), so
// tsc checks every view's use of an answer against the query that produced it.

/** @typedef {{ code: string, name: string }} OfficeRef */
/** @typedef {{ id: string, name: string }} SubjectRef */
/** @typedef {{ id: string, name: string }} Area */
/** @typedef {'HIGH' | 'MEDIUM' | 'LOW'} Confidence */
/**
 * @typedef {{ name: string, version: string, source: string, officeCount: number, subjectCount: number,
 *   requestCount: number, offerCount: number }} Dataset
 * @typedef {{ id: string, name: string, area: string, status: string, statusLabel: string, crossCutting: boolean,
 *   requesters: OfficeRef[], offerers: OfficeRef[] }} SubjectSummary
 * @typedef {{ rule: string, statuses: { status: string, meaning: string }[], crossCutting: string }} Vocabulary
 * @typedef {{ dataset: Dataset, vocabulary: Vocabulary, areas: Area[], offices: OfficeRef[], subjects: SubjectSummary[],
 *   metrics: SizeMetric[] }} Meta
 */
/**
 * A network view as the map draws it: office nodes carry their metrics by name and their isolation flags.
 * @typedef {{ source: string, target: string, kind: string, weight: number, subjects: string[] }} NetworkEdge
 * @typedef {{ id: string, label: string, kind: string, metrics: Record<string, number>, flags: string[] }} NetworkNode
 * @typedef {{ directed: boolean, nodes: NetworkNode[], edges: NetworkEdge[] }} Network
 */
/**
 * @typedef {{ id: string, name: string, status: string, statusLabel: string }} SubjectWithStatus
 * @typedef {{ subject: SubjectWithStatus, source: string, confidence: Confidence, note: string | null,
 *   standing: { status: string, label: string, explanation: string } }} OfficeRequest
 * @typedef {{ subject: SubjectWithStatus, wording: string | null, source: string, confidence: Confidence, note: string | null }} OfficeOffer
 * @typedef {{ inDegree: number, outDegree: number, inStrength: number, outStrength: number, betweenness: number,
 *   closeness: number, harmonic: number, pageRank: number, hub: number, authority: number }} Centrality
 * @typedef {{ code: string, name: string, institution: string | null, attended: boolean, requests: OfficeRequest[],
 *   offers: OfficeOffer[], supporters: { from: OfficeRef, weight: number, subjects: SubjectRef[] }[],
 *   supported: { to: OfficeRef, weight: number, subjects: SubjectRef[] }[], centrality: Centrality,
 *   isolation: { flags: string[], score: number, componentSize: number, articulationPoint: boolean },
 *   standing: { standing: string, supporters: number, supported: number, reasons: { text: string }[] },
 *   needs: { unmetRequests: SubjectRef[], fragileRequests: SubjectRef[] },
 *   rank: { metric: string, rank: number, outOf: number } }} Office
 */
/**
 * @typedef {{ office: OfficeRef, standing: string, supporters: number, supported: number, rank: number,
 *   reasons: { kind: string, text: string }[] }} Standing
 * @typedef {{ subject: { id: string, name: string, area: string }, status: string, label: string, requesters: OfficeRef[],
 *   offerers: OfficeRef[], exposed: { office: { code: string }, explanation: string }[] }} Need
 * @typedef {{ subject: SubjectRef, justification: string }} Justified
 * @typedef {{ from: OfficeRef, to: OfficeRef, subjects: Justified[] }} SupportLink
 * @typedef {{ noPathReason: string | null, paths: { cost: number, offices: OfficeRef[],
 *   hops: { from: OfficeRef, to: OfficeRef, subjects: Justified[] }[] }[] }} Paths
 * @typedef {{ removedOffices: string[], statusChanges: { subject: string, before: string, after: string }[],
 *   supporterChanges: { office: string, lost: string[], gained: string[] }[],
 *   lostSupporters: { supporter: string, offices: string[] }[], gainedSupporters: { supporter: string, offices: string[] }[],
 *   centralityDeltas: { office: string, inDegree: number, outDegree: number, betweenness: number, pageRank: number }[],
 *   lostEdges: { from: string, to: string, weight: number }[] }} WhatIf
 */

// The round every round-dependent question answers on: the header's picker sets it (rounds.js); until the rounds are
// loaded, and whenever the latest is chosen, the questions send no round (the API's default: the latest).
/** @type {Round[]} */
let rounds = [];
/** @type {Round | null} */
let chosen = null;
/** The dataset's rounds (oldest first); the latest is chosen. @param {Round[]} list */
export function setRounds(list) { rounds = list; chosen = list.find((r) => r.latest) ?? null; }
/** Chooses the round the questions answer on. @param {string} id */
export function setRound(id) { chosen = rounds.find((r) => r.id === id) ?? chosen; }
/** The chosen round (null before the rounds are loaded), and how many rounds the dataset has. */
export function chosenRound() { return chosen; }
export function roundCount() { return rounds.length; }
/** The dataset's rounds, oldest first. */
export function allRounds() { return rounds; }
/** The `round:` argument of the chosen round: null for the latest (the API's default). */
export const roundArg = () => (chosen && !chosen.latest ? chosen.id : null);

/**
 * Size-by choices: the office metrics the API defines (`metrics`, the same list as the exports and the CLI) that rank
 * offices: the CentralityMetric value the panel ranks by, the name of the metric on network nodes, its label, the words
 * the legend uses for it and its definition.
 * @typedef {{ value: string, node: string, label: string, legend: string, definition: string }} SizeMetric
 */

/** @returns {Promise<Meta>} */
export async function loadMeta() {
  /**
   * @type {{ dataset: Dataset, areas: Area[], offices: { totalCount: number, nodes: OfficeRef[] },
   *   subjects: (Omit<SubjectSummary, 'area' | 'requesters' | 'offerers'> & { area: { id: string } })[], needVocabulary: Vocabulary,
   *   links: { edges: { source: string, target: string, kind: string }[] },
   *   metrics: { id: string, label: string, legend: string, definition: string, measure: string | null }[] }}
   */
  // Who requests and offers each subject comes from the bipartite view's edges (one per request or offer), not from
  // subjects { requesters offerers }: the complexity estimate charges that nesting as every subject times the most
  // requested one's requesters, over the limit at 2,000 subjects and 50,000 edges; the edges cost what they are.
  const data = await query(`query Meta($round: ID) {
    dataset { name version source officeCount subjectCount requestCount offerCount }
    areas { id name }
    offices(first: 500) { totalCount nodes { code name } }
    subjects(round: $round) { id name area { id } status statusLabel crossCutting }
    links: network(view: BIPARTITE, round: $round) { edges { source target kind } }
    needVocabulary { rule statuses { status meaning } crossCutting }
    metrics { id label legend definition measure }
  }`, { round: roundArg() });
  const officeName = new Map(data.offices.nodes.map((o) => [o.code, o.name]));
  /** @type {Map<string, { requesters: Set<string>, offerers: Set<string> }>} */
  const links = new Map(data.subjects.map((s) => [s.id, { requesters: new Set(), offerers: new Set() }]));
  for (const edge of data.links.edges) {
    const entry = links.get(edge.target);
    if (entry) (edge.kind === 'OFFERS' ? entry.offerers : entry.requesters).add(edge.source);
  }
  // In the API's order (by code), as subjects { requesters offerers } gives them.
  /** @param {Set<string> | undefined} codes @returns {OfficeRef[]} */
  const refs = (codes) => [...(codes ?? [])].sort().map((code) => ({ code, name: officeName.get(code) ?? code }));
  return {
    dataset: data.dataset,
    // The status vocabulary as the API defines it (one definition, in the analytics), for the page's legends.
    vocabulary: data.needVocabulary,
    areas: data.areas,
    offices: data.offices.nodes,
    subjects: data.subjects.map((s) => ({
      ...s, area: s.area.id, requesters: refs(links.get(s.id)?.requesters), offerers: refs(links.get(s.id)?.offerers),
    })),
    // The office metrics as the API defines them; the map sizes by those the panel can rank by.
    metrics: data.metrics.flatMap((m) => (m.measure
      ? [{ value: m.measure, node: m.id, label: m.label, legend: m.legend, definition: m.definition }]
      : [])),
  };
}

/**
 * A view of the network; office nodes carry their metrics (by name) and isolation flags.
 * @param {string} view
 * @param {string} area
 * @param {string} subject
 * @returns {Promise<Network>}
 */
export async function loadNetwork(view, area, subject) {
  /**
   * @type {{ network: { directed: boolean, edges: NetworkEdge[], nodes: { id: string, label: string, kind: string,
   *   metrics: { name: string, value: number }[], attributes: { name: string, value: string }[] }[] } }}
   */
  const data = await query(`query Network($view: View, $area: ID, $subject: ID, $round: ID) {
    network(view: $view, area: $area, subject: $subject, round: $round) {
      directed
      nodes { id label kind metrics { name value } attributes { name value } }
      edges { source target kind weight subjects }
    }
  }`, { view, area: area || null, subject: subject || null, round: roundArg() });
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

/**
 * Everything the side panel shows about one office, including its rank on the chosen metric: that office's own needs
 * and rank, not the whole needs report and ranking.
 * @param {string} code
 * @param {string} metric
 * @returns {Promise<Office | null>}
 */
export async function loadOffice(code, metric) {
  /** @type {{ office: Office | null }} */
  const data = await query(`query Office($code: String!, $metric: CentralityMetric!, $round: ID) {
    office(code: $code, round: $round) {
      code name institution attended
      requests { subject { id name status statusLabel } source confidence note standing { status label explanation } }
      offers { subject { id name status statusLabel } wording source confidence note }
      supporters { from { code name } weight subjects { id name } }
      supported { to { code name } weight subjects { id name } }
      centrality { inDegree outDegree inStrength outStrength betweenness closeness harmonic pageRank hub authority }
      isolation { flags score componentSize articulationPoint }
      standing { standing supporters supported reasons { text } }
      needs { unmetRequests { id name } fragileRequests { id name } }
      rank(metric: $metric) { metric rank outOf }
    }
  }`, { code, metric, round: roundArg() });
  return data.office;
}

/**
 * An office's requests or offers as the server words them (`Brazil offers “…” (source, high confidence)`): the
 * provenance of an office → subject edge on the bipartite map.
 * @param {string} code
 * @param {'requests' | 'offers'} rows
 * @returns {Promise<{ subject: { id: string }, statement: string }[]>}
 */
export async function loadStatements(code, rows) {
  /** @type {{ office: { requests?: { subject: { id: string }, statement: string }[], offers?: { subject: { id: string }, statement: string }[] } | null }} */
  const data = await query(`query Statements($code: String!, $offers: Boolean!, $round: ID) {
    office(code: $code, round: $round) {
      requests @skip(if: $offers) { subject { id } statement }
      offers @include(if: $offers) { subject { id } statement }
    }
  }`, { code, offers: rows === 'offers', round: roundArg() });
  return data.office?.[rows] ?? [];
}

/** Every office's standing with its reasons in words, weakest first (the analytics rank them). */
/** @returns {Promise<Standing[]>} */
export async function loadStandings() {
  /** @type {{ officeStandings: { offices: Standing[] } }} */
  const data = await query(`query Standings($round: ID) {
    officeStandings(round: $round) { offices { office { code name } standing supporters supported rank reasons { kind text } } }
  }`, { round: roundArg() });
  return data.officeStandings.offices;
}

/** Unmet (and fragile) subjects with who is exposed and why, and the cross-cutting ones nobody offers, listed apart. */
/**
 * @param {boolean} includeFragile
 * @returns {Promise<{ needs: Need[], crossCutting: Need[] }>}
 */
export async function loadUnmet(includeFragile) {
  /** @typedef {Omit<Need, 'subject'> & { subject: SubjectRef & { area: { id: string } } }} NeedAnswer */
  const need = `subject { id name area { id } } status label requesters { code name } offerers { code name }
      exposed { office { code } explanation }`;
  /** @type {{ unmetNeeds: NeedAnswer[], needsReport: { crossCutting: NeedAnswer[] } }} */
  const data = await query(`query Unmet($fragile: Boolean, $round: ID) {
    unmetNeeds(includeFragile: $fragile, round: $round) { ${need} }
    needsReport(round: $round) { crossCutting { ${need} } }
  }`, { fragile: includeFragile, round: roundArg() });
  /** @param {NeedAnswer} n @returns {Need} */
  const shape = (n) => ({ ...n, subject: { ...n.subject, area: n.subject.area.id } });
  return { needs: data.unmetNeeds.map(shape), crossCutting: data.needsReport.crossCutting.map(shape) };
}

/** The provenance of a support edge, from the server: each subject with its justification in words. */
/**
 * @param {string} from
 * @param {string} to
 * @param {string} area
 * @param {string} subject
 * @returns {Promise<SupportLink>}
 */
export async function loadSupportLink(from, to, area, subject) {
  /** @type {{ supportLink: SupportLink }} */
  const data = await query(`query Link($from: String!, $to: String!, $area: ID, $subject: ID, $round: ID) {
    supportLink(from: $from, to: $to, area: $area, subject: $subject, round: $round) {
      from { code name } to { code name } subjects { subject { id name } justification }
    }
  }`, { from, to, area: area || null, subject: subject || null, round: roundArg() });
  return data.supportLink;
}

/**
 * @param {string} from
 * @param {string} to
 * @param {number} k
 * @param {string} area
 * @returns {Promise<Paths>}
 */
export async function loadPaths(from, to, k, area) {
  /** @type {{ paths: Paths }} */
  const data = await query(`query Paths($from: String!, $to: String!, $k: Int, $area: ID, $round: ID) {
    paths(from: $from, to: $to, k: $k, area: $area, round: $round) {
      noPathReason
      paths {
        cost offices { code name }
        hops { from { code name } to { code name }
          subjects { subject { id name } justification } }
      }
    }
  }`, { from, to, k, area: area || null, round: roundArg() });
  return data.paths;
}

/**
 * @param {string[]} removeOffices
 * @returns {Promise<WhatIf>}
 */
export async function loadWhatIf(removeOffices) {
  /** @type {{ whatIf: WhatIf }} */
  const data = await query(`query WhatIf($remove: [String!], $round: ID) {
    whatIf(removeOffices: $remove, round: $round) {
      removedOffices
      statusChanges { subject before after }
      supporterChanges { office lost gained }
      lostSupporters { supporter offices }
      gainedSupporters { supporter offices }
      centralityDeltas { office inDegree outDegree betweenness pageRank }
      lostEdges { from to weight }
    }
  }`, { remove: removeOffices, round: roundArg() });
  return data.whatIf;
}

/**
 * Example operations for the console, one per analytic question.
 * @type {{ label: string, text: string, variables?: Record<string, unknown> }[]}
 */
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
/** @returns {Promise<Record<string, Record<string, number>>>} */
export async function loadPlannerDefaults() {
  /** @type {{ __type: { fields: { name: string, args: { name: string, defaultValue: string | null }[] }[] } | null }} */
  const data = await query(`query PlannerDefaults {
    __type(name: "Query") { fields { name args { name defaultValue } } }
  }`);
  const wanted = new Set(['worldCafe', 'workshopPortfolio', 'cohorts']);
  return Object.fromEntries((data.__type?.fields ?? []).filter((f) => wanted.has(f.name)).map((f) => [f.name,
    Object.fromEntries(f.args.filter((a) => a.defaultValue !== null && Number.isFinite(Number(a.defaultValue)))
      .map((a) => [a.name, Number(a.defaultValue)]))]));
}

/**
 * @typedef {{ interestSeats: number, uselessSeats: number, encounters: number, repeatedPairs: number, imbalance: number,
 *   objective: number }} CafeFigures
 * @typedef {{ status: string, objective: number, bound: number | null, gap: number | null, wallSeconds: number,
 *   timeLimitSeconds: number, workers: number, seed: number, reproducible: boolean }} SolverReport
 * @typedef {{ round: number, table: number, subject: string, offices: string[], requesters: string[], offerers: string[],
 *   others: string[], offers: { office: string, wording: string | null }[], encounters: { requester: string, offerer: string }[] }} CafeTable
 * @typedef {{ id: string, name: string, request: string | null, requesters: string[], offerers: string[] }} CafeSubject
 * @typedef {{ datasetVersion: string, offices: string[], rounds: number, tables: number, seats: number, minutesPerRound: number,
 *   subjects: CafeSubject[], timetable: CafeTable[],
 *   itineraries: { office: string, stops: { round: number, table: number, subject: string, role: string, with: string[] }[] }[],
 *   figures: CafeFigures, baseline: CafeFigures | null, solver: SolverReport, repeatsModel: string, planSource: string }} WorldCafe
 * @typedef {{ objective: number, coveredRequests: number, workshops: { subject: string, status: string, hosts: string[],
 *   value: number, participants: { office: string, weight: number, isolated: boolean }[] }[] }} WorkshopPlan
 * @typedef {{ workshops: number, capacity: number, coverableRequests: number,
 *   weights: { base: number, isolatedOffice: number, unmetSubject: number, fragileSubject: number },
 *   optimal: WorkshopPlan, greedy: WorkshopPlan,
 *   solver: Pick<SolverReport, 'status' | 'objective' | 'bound' | 'gap' | 'wallSeconds' | 'timeLimitSeconds'> }} Portfolio
 * @typedef {{ resolution: number, modularity: number, withoutRequests: string[],
 *   cohorts: { id: number, offices: string[], cohesion: number, subjects: { subject: string, requesters: string[] }[] }[] }} Cohorts
 * @typedef {{ thresholds: { brokerBetweenness: number, hubOutShare: number }, offices: { office: string, role: string,
 *   inDegree: number, outDegree: number, betweenness: number, reason: string }[] }} Roles
 */

/** A World Café plan: timetable (each cell is also a facilitator's sheet), itineraries, figures, baseline, solver. */
/**
 * @param {{ rounds: number | null, seats: number | null, timeLimitSeconds: number | null }} args
 * @returns {Promise<WorldCafe>}
 */
export async function loadWorldCafe(args) {
  /** @type {{ worldCafe: WorldCafe }} */
  const data = await query(`query WorldCafe($rounds: Int, $seats: Int, $timeLimitSeconds: Float, $round: ID) {
    worldCafe(rounds: $rounds, seats: $seats, timeLimitSeconds: $timeLimitSeconds, round: $round) {
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
  fragment solverReport on SolverReport { status objective bound gap wallSeconds timeLimitSeconds workers seed reproducible }`, { ...args, round: roundArg() });
  return data.worldCafe;
}

/** K workshops chosen by CP-SAT, with the greedy plan beside them. */
/**
 * @param {{ workshops: number | null, capacity: number | null }} args
 * @returns {Promise<Portfolio>}
 */
export async function loadPortfolio(args) {
  /** @type {{ workshopPortfolio: Portfolio }} */
  const data = await query(`query WorkshopPortfolio($workshops: Int, $capacity: Int, $round: ID) {
    workshopPortfolio(workshops: $workshops, capacity: $capacity, round: $round) {
      workshops capacity coverableRequests
      weights { base isolatedOffice unmetSubject fragileSubject }
      optimal { ...plan }
      greedy { ...plan }
      solver { status objective bound gap wallSeconds timeLimitSeconds }
    }
  }
  fragment plan on WorkshopPlan { objective coveredRequests workshops { subject status hosts value participants { office weight isolated } } }`, { ...args, round: roundArg() });
  return data.workshopPortfolio;
}

/**
 * @param {number | null} resolution
 * @returns {Promise<Cohorts>}
 */
export async function loadCohorts(resolution) {
  /** @type {{ cohorts: Cohorts }} */
  const data = await query(`query Cohorts($resolution: Float, $round: ID) {
    cohorts(resolution: $resolution, round: $round) { resolution modularity withoutRequests cohorts { id offices cohesion subjects { subject requesters } } }
  }`, { resolution, round: roundArg() });
  return data.cohorts;
}

/** @returns {Promise<Roles>} */
export async function loadRoles() {
  /** @type {{ roles: Roles }} */
  const data = await query(`query Roles($round: ID) {
    roles(round: $round) { thresholds { brokerBetweenness hubOutShare } offices { office role inDegree outDegree betweenness reason } }
  }`, { round: roundArg() });
  return data.roles;
}

/** One subject with who requests and who offers it, in which words and from which source row. */
/**
 * @typedef {{ id: string, name: string, request: string | null, status: string, crossCutting: boolean, coverage: number,
 *   area: Area, requests: { office: OfficeRef, source: string, confidence: Confidence, note: string | null }[],
 *   offers: { office: OfficeRef, wording: string | null, source: string, confidence: Confidence, note: string | null }[] }} Subject
 */

/**
 * @param {string} id
 * @returns {Promise<Subject | null>}
 */
export async function loadSubject(id) {
  /** @type {{ subject: Subject | null }} */
  const data = await query(`query Subject($id: ID!, $round: ID) {
    subject(id: $id, round: $round) {
      id name request status crossCutting coverage area { id name }
      requests { office { code name } source confidence note }
      offers { office { code name } wording source confidence note }
    }
  }`, { id, round: roundArg() });
  return data.subject;
}

/**
 * @typedef {{ id: string, name: string, date: string | null, kind: string, latest: boolean, requestCount: number,
 *   offerCount: number }} Round
 * @returns {Promise<Round[]>}
 */
export async function loadRounds() {
  /** @type {{ rounds: Round[] }} */
  const data = await query(`query Rounds { rounds { id name date kind latest requestCount offerCount } }`);
  return data.rounds;
}

/** What changed from one round to another (GraphQL compare). */
/**
 * @typedef {{ role: string, office: string, subject: string, source: string, confidence: string, note: string | null,
 *   line: number | null, quote: string | null }} EdgeDifference
 * @typedef {{ capacity: number, requests: number, coverable: number, assigned: number, coveragePercent: number }} PlanCoverage
 * @typedef {{ from: string, to: string, added: EdgeDifference[], withdrawn: EdgeDifference[],
 *   subjects: { subject: string, area: string, from: string, to: string, offerersFrom: string[], offerersTo: string[],
 *     requestersFrom: string[], requestersTo: string[] }[],
 *   offices: { office: string, flagsFrom: string[], flagsTo: string[], scoreFrom: number, scoreTo: number,
 *     supportersGained: string[], supportersLost: string[] }[],
 *   rankMovers: { office: string, rankFrom: number, rankTo: number, move: number }[],
 *   pairsGained: { a: string, b: string }[], pairsLost: { a: string, b: string }[],
 *   coverageFrom: PlanCoverage, coverageTo: PlanCoverage }} Comparison
 * @param {string} from
 * @param {string} to
 * @returns {Promise<Comparison>}
 */
export async function loadCompare(from, to) {
  /** @type {{ compare: Comparison }} */
  const data = await query(`query Compare($from: ID!, $to: ID!) {
    compare(from: $from, to: $to) {
      from to
      added { ...difference }
      withdrawn { ...difference }
      subjects { subject area from to offerersFrom offerersTo requestersFrom requestersTo }
      offices { office flagsFrom flagsTo scoreFrom scoreTo supportersGained supportersLost }
      rankMovers { office rankFrom rankTo move }
      pairsGained { a b }
      pairsLost { a b }
      coverageFrom { ...coverage }
      coverageTo { ...coverage }
    }
  }
  fragment difference on EdgeDifference { role office subject source confidence note line quote }
  fragment coverage on PlanCoverage { capacity requests coverable assigned coveragePercent }`, { from, to });
  return data.compare;
}

/** The support view's offices and edges as they stood at a round (the Changes map). */
/**
 * @typedef {{ nodes: { id: string, label: string, kind: string }[], edges: { source: string, target: string, weight: number,
 *   subjects: string[] }[] }} SupportNetwork
 * @param {string} at
 * @returns {Promise<SupportNetwork>}
 */
export async function loadSupportAt(at) {
  /** @type {{ network: SupportNetwork }} */
  const data = await query(`query SupportAt($round: ID) {
    network(view: SUPPORT, round: $round) { nodes { id label kind } edges { source target weight subjects } }
  }`, { round: at });
  return data.network;
}
