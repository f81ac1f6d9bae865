#!/usr/bin/env python3
"""tantivy with character bigrams beside Fazhi's search, on the same generated reports and queries.

  tantivy-search.py queries CORPUS OUT   writes 300 queries each of 2, 4 and 8 Chinese characters, cut at random
                                          (seeded) from the reports under CORPUS, one a line
  tantivy-search.py search CORPUS QUERIES indexes the reports and times each query; prints lines
                                          `tantivy LENGTH all p50 p99 max` and `tantivy-snippets LENGTH all p50 p99 max`
                                          (milliseconds) for each length

Each run of Chinese characters is indexed as its character pairs, the pairs Fazhi's index holds; a query is the
phrase of its consecutive pairs (one term for two characters), ranked by tantivy's BM25. A query's time is the
parse, the top 20 and each hit's stored path (`tantivy`); the second index also stores the pairs, and a query's time
there includes a highlighted snippet of each hit from tantivy's SnippetGenerator (`tantivy-snippets`), as Fazhi's
hits come with snippets. scripts/bench/search-vs-tantivy.sh runs both engines.
"""
import pathlib
import random
import re
import statistics
import sys
import tempfile
import time

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def reports(corpus):
    for path in sorted(pathlib.Path(corpus).rglob("*.txt")):
        yield path, path.read_text(encoding="utf-8", errors="replace")


def pairs(text):
    """The character pairs of each run of Chinese characters, space-separated, one run after another."""
    return " ".join(" ".join(run[i:i + 2] for i in range(len(run) - 1)) for run in HAN_RUN.findall(text))


def write_queries(corpus, out):
    rng = random.Random(99)
    runs = [run for _, text in reports(corpus) for run in HAN_RUN.findall(text) if len(run) >= 8]
    with open(out, "w", encoding="utf-8") as queries:
        for length in (2, 4, 8):
            for _ in range(300):
                run = rng.choice(runs)
                start = rng.randrange(len(run) - length + 1)
                queries.write(run[start:start + length] + "\n")


def build_index(corpus, store_pairs):
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("pairs", stored=store_pairs, index_option="position")
    builder.add_text_field("path", stored=True, index_option="basic")
    schema = builder.build()
    index = tantivy.Index(schema, path=tempfile.mkdtemp(prefix="tantivy-bench-"))
    writer = index.writer(heap_size=500_000_000, num_threads=2)
    started = time.perf_counter()
    count = 0
    for path, text in reports(corpus):
        writer.add_document(tantivy.Document(pairs=pairs(text), path=str(path)))
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    print(f"# tantivy indexed {count} reports in {time.perf_counter() - started:.1f} s"
          f"{' (pairs stored)' if store_pairs else ''}", file=sys.stderr)
    return index, schema


def search(corpus, queries_file):
    import tantivy

    queries = pathlib.Path(queries_file).read_text(encoding="utf-8").split()
    for snippets in (False, True):
        index, schema = build_index(corpus, store_pairs=snippets)
        searcher = index.searcher()
        for length in sorted({len(q) for q in queries}):
            batch = [q for q in queries if len(q) == length]
            times = []
            hits = 0
            for round_ in range(2):  # the first round warms the caches, as Fazhi's first 20 queries do
                for query in batch if round_ else batch[:20]:
                    begin = time.perf_counter()
                    parsed = index.parse_query('"' + " ".join(query[i:i + 2] for i in range(len(query) - 1)) + '"', ["pairs"])
                    found = searcher.search(parsed, 20).hits
                    documents = [searcher.doc(address) for _, address in found]
                    paths = [document["path"][0] for document in documents]
                    if snippets:
                        generator = tantivy.SnippetGenerator.create(searcher, parsed, schema, "pairs")
                        cut = [generator.snippet_from_doc(document) for document in documents]
                        marked = [(snippet.fragment(), snippet.highlighted()) for snippet in cut]
                    if round_:
                        times.append((time.perf_counter() - begin) * 1000)
                        hits += len(paths)
            times.sort()
            p99 = times[min(len(times) - 1, len(times) * 99 // 100)]
            label, returned = ("tantivy-snippets", "paths and snippets") if snippets else ("tantivy", "paths")
            print(f"{label} {length} all {statistics.median(times):.1f} {p99:.1f} {times[-1]:.1f}"
                  f"  ({len(batch)} queries, {hits / len(batch):.1f} hits each, top 20 with {returned})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "queries":
        write_queries(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "search":
        search(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
