#!/usr/bin/env python3
"""Times the partnership-network metrics in python-igraph and NetworkX on an edge list, for Amity's network benchmark.

Usage: peers.py EDGES OUT.json [--sample=K] [--seed=S] [--igraph-rounds=N] [--no-networkx]

EDGES holds "nodes edges" on its first line, then one "a b" line per undirected edge (node indexes from 0). OUT.json
gets every time in seconds, igraph's exact betweenness, the other metrics of igraph for comparison, and the
modularity each library's Louvain found, and NetworkX's PageRank.

NetworkX is pure Python and would take many minutes for exact betweenness, harmonic and closeness on this graph, so
those three run from K sampled sources (default 500) and their full time is estimated as the sampled time times
nodes / K. The output says so for each.
"""
import json
import random
import sys
import time


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    options = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "true") for a in argv if a.startswith("--"))
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    edges_path, out_path = args
    sample = int(options.get("sample", "500"))
    seed = int(options.get("seed", "42"))
    igraph_rounds = int(options.get("igraph-rounds", "3"))

    with open(edges_path) as f:
        n, m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    if len(edges) != m:
        raise SystemExit(f"{edges_path}: header says {m} edges, found {len(edges)}")

    result = {"nodes": n, "edges": m, "python": sys.version.split()[0]}
    result["igraph"] = run_igraph(n, edges, igraph_rounds)
    if options.get("no-networkx") != "true":
        result["networkx"] = run_networkx(n, edges, sample, seed)
    with open(out_path, "w") as f:
        json.dump(result, f)
    return 0


def timed(label, call, rounds=1):
    """Runs call rounds times; returns its last value and the median seconds."""
    times = []
    value = None
    for _ in range(rounds):
        start = time.perf_counter()
        value = call()
        times.append(time.perf_counter() - start)
    times.sort()
    seconds = times[len(times) // 2]
    print(f"  {label:<44} {seconds * 1000:>10.0f} ms", file=sys.stderr, flush=True)
    return value, seconds


def run_igraph(n, edges, rounds):
    import igraph

    print(f"python-igraph {igraph.__version__} (median of {rounds} rounds each):", file=sys.stderr)
    g = igraph.Graph(n=n, edges=edges, directed=False)
    times = {}
    out = {"version": igraph.__version__, "rounds": rounds, "times": times}
    out["betweenness"], times["betweenness"] = timed("betweenness (exact)",
                                                     lambda: g.betweenness(directed=False), rounds)
    out["pagerank"], times["pagerank"] = timed("pagerank", lambda: g.pagerank(damping=0.85), rounds)
    out["harmonic"], times["harmonic"] = timed("harmonic", lambda: g.harmonic_centrality(normalized=False), rounds)
    _, times["closeness"] = timed("closeness", lambda: g.closeness(normalized=True), rounds)
    out["coreness"], times["coreness"] = timed("coreness", lambda: g.coreness(), rounds)
    out["clustering"], times["clustering"] = timed(
        "transitivity_local_undirected", lambda: g.transitivity_local_undirected(mode="zero"), rounds)
    components, times["components"] = timed("connected_components", lambda: g.connected_components(), rounds)
    out["components"] = len(components)
    communities, times["louvain"] = timed("community_multilevel", lambda: g.community_multilevel(), rounds)
    out["modularity"] = communities.modularity
    out["communities"] = len(communities)
    times["total"] = sum(times.values())
    return out


def run_networkx(n, edges, sample, seed):
    import networkx as nx

    print(f"NetworkX {nx.__version__} (one round each; {sample} sampled sources where marked):", file=sys.stderr)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    k = min(sample, n)
    scale = n / k
    sources = random.Random(seed).sample(range(n), k)
    times = {}
    out = {"version": nx.__version__, "sample": k, "times": times,
           "estimated": ["betweenness", "harmonic", "closeness"]}

    # With k sources NetworkX already scales the betweenness estimate by n / k; only the time needs scaling.
    _, sampled = timed(f"betweenness ({k} sources)",
                       lambda: nx.betweenness_centrality(g, k=k, normalized=False, seed=seed))
    times["betweenness_sampled"] = sampled
    times["betweenness"] = sampled * scale
    ranks, times["pagerank"] = timed("pagerank", lambda: nx.pagerank(g, alpha=0.85))
    out["pagerank"] = [ranks[v] for v in range(n)]
    _, sampled = timed(f"harmonic_centrality ({k} sources)", lambda: nx.harmonic_centrality(g, sources=sources))
    times["harmonic_sampled"] = sampled
    times["harmonic"] = sampled * scale
    _, sampled = timed(f"closeness_centrality ({k} nodes)",
                       lambda: [nx.closeness_centrality(g, u=u) for u in sources])
    times["closeness_sampled"] = sampled
    times["closeness"] = sampled * scale
    _, times["coreness"] = timed("core_number", lambda: nx.core_number(g))
    _, times["clustering"] = timed("clustering", lambda: nx.clustering(g))
    components, times["components"] = timed("connected_components", lambda: list(nx.connected_components(g)))
    out["components"] = len(components)
    communities, times["louvain"] = timed("louvain_communities", lambda: nx.community.louvain_communities(g, seed=seed))
    out["modularity"] = nx.community.modularity(g, communities)
    out["communities"] = len(communities)
    times["total"] = sum(v for key, v in times.items() if not key.endswith("_sampled"))
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
