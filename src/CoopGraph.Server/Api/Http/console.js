// The GraphQL console at GET /graphql (served as a file, so the page needs no inline script under its CSP).
"use strict";
const examples = {
  "Dataset": "{ dataset { name version officeCount subjectCount requestCount offerCount } }",
  "Offices": "{ offices(first: 5) { totalCount edges { cursor node { code name requests { subject { name } } } } pageInfo { hasNextPage endCursor } } }",
  "Areas and subjects": "{ areas { id name subjects { id name } } }",
  "Audit trail": "{ changes(first: 10) { edges { node { sequence at actor kind target version } } } }"
};
const q = document.getElementById("query"), v = document.getElementById("variables"), out = document.getElementById("result");
const sel = document.getElementById("examples"), status = document.getElementById("status");
for (const name of Object.keys(examples)) { const o = document.createElement("option"); o.textContent = name; sel.appendChild(o); }
sel.addEventListener("change", () => { q.value = examples[sel.value]; });
q.value = localStorage.getItem("coopgraph.query") || examples["Dataset"];
async function run(query) {
  let variables = {};
  try { variables = JSON.parse(v.value || "{}"); } catch (e) { out.textContent = "Variables: " + e.message; out.className = "error"; return; }
  localStorage.setItem("coopgraph.query", q.value);
  const headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json" };
  const key = document.getElementById("key").value;
  if (key) headers["Authorization"] = "Bearer " + key;
  const started = performance.now();
  status.textContent = "running...";
  try {
    const response = await fetch(location.pathname, { method: "POST", headers, body: JSON.stringify({ query: query ?? q.value, variables }) });
    const text = await response.text();
    status.textContent = response.status + " in " + Math.round(performance.now() - started) + " ms";
    try { out.textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { out.textContent = text; }
    out.className = response.ok ? "" : "error";
  } catch (e) { status.textContent = ""; out.textContent = String(e); out.className = "error"; }
}
document.getElementById("run").addEventListener("click", () => run());
document.getElementById("schema").addEventListener("click", () => run("{ __schema { types { name kind description fields { name description args { name description } } } } }"));
q.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
