// CoopGraph schema for Neo4j 5.x: uniqueness constraints on every key, indexes for the properties queries filter on.
// CoopGraph runs each statement at start-up (they are idempotent: IF NOT EXISTS); you can also paste the file into
// Neo4j Browser or cypher-shell. Statements are separated by semicolons at line ends.

CREATE CONSTRAINT office_code IF NOT EXISTS FOR (o:Office) REQUIRE o.code IS UNIQUE;
CREATE CONSTRAINT subject_id IF NOT EXISTS FOR (s:Subject) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (a:Area) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
// Initiatives: (:Initiative)-[:ABOUT]->(:Subject), -[:ANSWERS]->(:Office) (requesters), -[:OFFERED_BY]->(:Office), -[:HAS_STEP]->(:InitiativeStep).
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (i:Initiative) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT initiative_step_key IF NOT EXISTS FOR (st:InitiativeStep) REQUIRE (st.initiative, st.ord) IS UNIQUE;
// The one dataset header node (key 'current'): name, source, version, and the lock every CoopGraph write takes.
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE;
// The rounds (survey, meeting, follow-up) the dataset records, oldest first by ord.
CREATE CONSTRAINT round_id IF NOT EXISTS FOR (r:Round) REQUIRE r.id IS UNIQUE;
// The audit trail: one node per recorded change, paged by sequence.
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:Change) REQUIRE c.sequence IS UNIQUE;

CREATE INDEX office_name IF NOT EXISTS FOR (o:Office) ON (o.name);
CREATE INDEX subject_name IF NOT EXISTS FOR (s:Subject) ON (s.name);
CREATE INDEX requests_confidence IF NOT EXISTS FOR ()-[r:REQUESTS]-() ON (r.confidence);
CREATE INDEX offers_confidence IF NOT EXISTS FOR ()-[r:OFFERS]-() ON (r.confidence);
