// The analyst's questions in plain Cypher, on the graph CoopGraph writes (see cypher/schema.cypher):
//   (:Office)-[:REQUESTS|OFFERS {source, confidence, note}]->(:Subject)-[:IN_AREA]->(:Area)
//   (:Office)-[:MEMBER_OF]->(:Network)
//   (:Office)-[:CAN_SUPPORT {weight, subjects}]->(:Office)   (written by `coopgraph sync --with-analytics`)
// Parameters ($office, $subject, $from, $to) are set in Neo4j Browser with  :param office => 'PER'

// Unmet needs: subjects some office requests and no office offers, with who asks (cross-cutting subjects included:
// they are, by definition, offered by none).
MATCH (o:Office)-[:REQUESTS]->(s:Subject)
WHERE NOT (:Office)-[:OFFERS]->(s)
RETURN s.id AS subject, s.name AS name, collect(o.code) AS requestedBy, count(o) AS demand
ORDER BY demand DESC, subject;

// Fragile needs: subjects requested by someone and offered by exactly one office (one refusal leaves them unmet).
MATCH (helper:Office)-[:OFFERS]->(s:Subject)<-[:REQUESTS]-(:Office)
WITH s, collect(DISTINCT helper.code) AS helpers
WHERE size(helpers) = 1
RETURN s.id AS subject, helpers[0] AS onlyHelper
ORDER BY subject;

// Who can help office $office, on what: offices offering a subject $office requests (not $office itself).
MATCH (me:Office {code: $office})-[need:REQUESTS]->(s:Subject)<-[offer:OFFERS]-(helper:Office)
WHERE helper <> me
RETURN helper.code AS helper, helper.name AS name, collect(s.id) AS subjects, count(s) AS weight
ORDER BY weight DESC, helper;

// Who can help on subject $subject: its offerers, with the confidence of each offer.
MATCH (helper:Office)-[offer:OFFERS]->(s:Subject {id: $subject})
RETURN helper.code AS helper, offer.confidence AS confidence, offer.wording AS wording
ORDER BY helper;

// Reciprocal pairs: A can help B and B can help A (on possibly different subjects), each pair once.
MATCH (a:Office)-[:OFFERS]->(s1:Subject)<-[:REQUESTS]-(b:Office),
      (b)-[:OFFERS]->(s2:Subject)<-[:REQUESTS]-(a)
WHERE a.code < b.code
RETURN a.code AS a, b.code AS b, collect(DISTINCT s1.id) AS aHelpsB, collect(DISTINCT s2.id) AS bHelpsA
ORDER BY size(aHelpsB) + size(bHelpsA) DESC, a, b;

// Isolated offices: neither requesting nor offering anything.
MATCH (o:Office)
WHERE NOT (o)-[:REQUESTS|OFFERS]->()
RETURN o.code AS office, o.name AS name;

// A shortest chain of help from $from to $to: who could pass know-how along (follows CAN_SUPPORT edges).
MATCH path = shortestPath((a:Office {code: $from})-[:CAN_SUPPORT*..6]->(b:Office {code: $to}))
RETURN [n IN nodes(path) | n.code] AS chain, [r IN relationships(path) | r.subjects] AS onSubjects;

// The same without sync --with-analytics: a shortest path through the bipartite graph (office -> subject -> office).
MATCH path = shortestPath((a:Office {code: $from})-[:OFFERS|REQUESTS*..8]-(b:Office {code: $to}))
RETURN [n IN nodes(path) | coalesce(n.code, n.id)] AS chain;

// ---------------------------------------------------------------------------------------------------------------
// Neo4j Graph Data Science equivalents of CoopGraph's centralities, for networks that outgrow one machine.
// Requires the GDS plugin (docker-compose.yml can enable it: NEO4J_PLUGINS='["graph-data-science"]').
// First project the office-to-office support graph (needs CAN_SUPPORT edges: `coopgraph sync --with-analytics`).
CALL gds.graph.project('support', 'Office', {CAN_SUPPORT: {properties: 'weight'}});

// PageRank: offices whose help flows to offices that are themselves well helped (importance as a helper's target).
CALL gds.pageRank.stream('support', {relationshipWeightProperty: 'weight', dampingFactor: 0.85})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).code AS office, score
ORDER BY score DESC;

// Betweenness: brokers, the offices on many shortest help chains (losing one cuts others off).
CALL gds.betweenness.stream('support')
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).code AS office, score
ORDER BY score DESC;

// Degree (out = how many offices an office can help; weighted by shared subjects).
CALL gds.degree.stream('support', {orientation: 'NATURAL', relationshipWeightProperty: 'weight'})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).code AS office, score AS canHelp
ORDER BY canHelp DESC;

// HITS: hubs (good helpers of well-helped offices) and authorities (offices many good helpers can serve).
CALL gds.hits.stream('support', {hitsIterations: 20})
YIELD nodeId, values
RETURN gds.util.asNode(nodeId).code AS office, values.hub AS hub, values.auth AS authority
ORDER BY hub DESC;

// Weakly connected components: groups of offices with no help path between groups.
CALL gds.wcc.stream('support')
YIELD nodeId, componentId
RETURN componentId, collect(gds.util.asNode(nodeId).code) AS offices
ORDER BY size(offices) DESC;

// Louvain communities: clusters of offices that help each other more than they help the rest.
CALL gds.louvain.stream('support', {relationshipWeightProperty: 'weight'})
YIELD nodeId, communityId
RETURN communityId, collect(gds.util.asNode(nodeId).code) AS offices
ORDER BY size(offices) DESC;

// Free the projection when done.
CALL gds.graph.drop('support');
