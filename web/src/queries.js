// Every GraphQL operation the page sends, and the adapters that turn answers into the shapes the views draw.
// Keeping the schema's names in this one file means a schema change touches only here.
import { query } from './api.js';

const OFFICE_REF = 'code name';

export async function loadMeta() {
  const data = await query(`query Meta {
    dataset { version name source }
    areas { id name }
    offices(first: 500) { nodes { ${OFFICE_REF} } }
    subjects { id name area { id } status requesters { ${OFFICE_REF} } offerers { ${OFFICE_REF} } }
  }`);
  return {
    dataset: data.dataset,
    areas: data.areas,
    offices: data.offices.nodes,
    subjects: data.subjects.map((s) => ({ ...s, area: s.area?.id ?? s.area })),
  };
}

export async function loadNetwork(view, area, subject) {
  const data = await query(`query Network($view: NetworkView!, $area: String, $subject: String) {
    network(view: $view, area: $area, subject: $subject) {
      nodes { id label kind metrics { name value } }
      edges { source target kind weight subjects { id name } }
    }
  }`, { view, area: area || null, subject: subject || null });
  return {
    nodes: data.network.nodes.map((n) => ({ ...n, kind: n.kind.toLowerCase(), metrics: metricsOf(n.metrics) })),
    edges: data.network.edges,
  };
}

export async function loadCentrality(metric) {
  const data = await query(`query Centrality($metric: CentralityMetric!) {
    centrality(metric: $metric, normalized: true) { scores { office { code } value rank } }
  }`, { metric });
  return new Map(data.centrality.scores.map((s) => [s.office.code, s]));
}

export async function loadOffice(code) {
  const data = await query(`query Office($code: String!) {
    office(code: $code) {
      code name institution attended
      requests { subject { id name area { id } status } source confidence note }
      offers { subject { id name area { id } status } wording source confidence note }
      supporters { ${OFFICE_REF} }
      supported { ${OFFICE_REF} }
      unmetRequests { id name status }
      centrality { metric value rank }
      isolation { isolated flags score }
    }
  }`, { code });
  return data.office;
}

export async function loadIsolated() {
  const data = await query(`query Isolated { isolatedOffices { office { ${OFFICE_REF} } flags score } }`);
  return data.isolatedOffices;
}

export async function loadUnmet(includeFragile) {
  const data = await query(`query Unmet($fragile: Boolean) {
    unmetNeeds(includeFragile: $fragile) {
      subject { id name area { id name } } status requesters { ${OFFICE_REF} } offerers { ${OFFICE_REF} }
    }
  }`, { fragile: includeFragile });
  return data.unmetNeeds;
}

export async function loadPaths(from, to, k, area) {
  const data = await query(`query Paths($from: String!, $to: String!, $k: Int, $area: String) {
    paths(from: $from, to: $to, k: $k, area: $area) {
      paths { cost hops { from { ${OFFICE_REF} } to { ${OFFICE_REF} }
        subjects { subject { id name } offer { source confidence wording } request { source confidence } } } }
    }
  }`, { from, to, k, area: area || null });
  return data.paths.paths;
}

export async function loadWhatIf(removeOffices) {
  const data = await query(`query WhatIf($remove: [String!]) {
    whatIf(removeOffices: $remove) {
      newlyUnmet { id name } newlyFragile { id name } newlyIsolated { ${OFFICE_REF} }
    }
  }`, { remove: removeOffices });
  return data.whatIf;
}

/** Node metrics may come as a list of {name, value} or as an object; the views read an object. */
function metricsOf(metrics) {
  if (!metrics) return {};
  if (Array.isArray(metrics)) return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  return metrics;
}

/** Example operations for the console, one per analytic question. */
export const examples = [
  { label: 'Unmet needs', text: '{\n  unmetNeeds {\n    subject { name }\n    status\n  }\n}' },
];
