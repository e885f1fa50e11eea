"""Linking on Spark: the audit stage's signatures -> candidate pairs by band key -> pairs
verified -> groups -> each group settled -> each document relinked, with link.py's own
pieces (sharing_pairs, is_copy, same_site, components, settle_group, linked_result), so
that the clusters are those of the one-machine `--link`.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from ..link import Linking, components, is_copy, linked_result, same_site, settle_group
from ..lsh import KEYS, overlap, sharing_pairs
from ..model import AuditOptions, DocumentResult
from ..report import cluster_entry, document_entry
from .tasks import SparkAudit, dumps

# A document's place, as one number: its input's index above, its record's below (a WARC
# holds far fewer than 2**32 records). Sorting by it is the one-machine run's order.
_RECORD_BITS = 32
CLUSTER_SCHEMA = "struct<id:string,members:array<string>,original:string,why:string,evidence:string>"
_PAIRS_ARROW = pa.schema([("left", pa.int64()), ("right", pa.int64())])
_EDGES_ARROW = pa.schema([("left", pa.int64()), ("right", pa.int64()), ("left_key", pa.string()), ("right_key", pa.string())])
ROWS = "input_index bigint, record_index bigint, key string, status string, json string"
ROWS_ARROW = pa.schema([("input_index", pa.int64()), ("record_index", pa.int64()), ("key", pa.string()), ("status", pa.string()), ("json", pa.string())])


def _document_number() -> Any:
    return F.shiftleft(F.col("input_index"), _RECORD_BITS) + F.col("record_index")


def link_audited(audited: DataFrame, audit: SparkAudit) -> tuple[DataFrame, DataFrame]:
    """Each linked document's link (pickled: its copies, copied_by, original and findings),
    and the clusters, as link.py's _link would make them from the same documents."""
    spark = audited.sparkSession
    signed = audited.where(F.col("bands").isNotNull()).select(_document_number().alias("doc"), "key", "facts", "sample", "bands", "anchors")
    # Two documents are candidates when they share a band key at the same place, or an anchor.
    bands = signed.select("doc", F.posexplode("bands").alias("bucket", "value"))
    anchors = signed.select("doc", F.lit(KEYS).alias("bucket"), F.explode("anchors").alias("value"))
    shared = bands.unionByName(anchors).groupBy("bucket", "value").agg(F.array_sort(F.collect_set("doc")).alias("docs"))
    pairs = shared.where(F.size("docs") > 1).select("docs").mapInArrow(_pair_batches, "left bigint, right bigint").distinct()
    side = signed.select("doc", "key", "facts", "sample")
    left = side.toDF("left", "left_key", "left_facts", "left_sample")
    right = side.toDF("right", "right_key", "right_facts", "right_sample")
    verified = pairs.join(left, "left").join(right, "right").mapInArrow(_verify_batches, "left bigint, right bigint, left_key string, right_key string")
    # The copy pairs are few beside the documents: their groups are found here, on the driver.
    edges = verified.collect()
    keys = {row["left"]: row["left_key"] for row in edges} | {row["right"]: row["right_key"] for row in edges}
    docs = sorted(keys)
    place = {doc: i for i, doc in enumerate(docs)}
    found = components(len(docs), ((place[r["left"]], place[r["right"]]) for r in edges))
    groups = [sorted((docs[i] for i in members), key=keys.__getitem__) for members in found]
    groups.sort(key=lambda members: keys[members[0]])  # named in the order of their first key, as link.py names them
    membership = [(doc, f"c{number}", number, position) for number, members in enumerate(groups, 1) for position, doc in enumerate(members)]
    members = spark.createDataFrame(membership, "doc bigint, cluster string, number bigint, position int").join(side, "doc")
    settled = members.groupBy("cluster").applyInPandas(_group_settler(audit.audit_options()), "key string, number bigint, link binary, cluster_json string")
    settled = settled.persist()
    clusters = settled.where(F.col("cluster_json").isNotNull()).orderBy("number")
    clusters = clusters.select(F.from_json("cluster_json", CLUSTER_SCHEMA).alias("c"), F.col("cluster_json").alias("json"))
    return settled.select("key", "link"), clusters.select("c.*", "json")


def _pair_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        pairs = [pair for docs in batch.column("docs").to_pylist() for pair in sharing_pairs(docs)]
        if pairs:
            yield pa.RecordBatch.from_pylist([{"left": a, "right": b} for a, b in pairs], schema=_PAIRS_ARROW)


def _verify_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The candidate pairs that are copies: of two sites, half the shorter text in the longer."""
    for batch in batches:
        kept = []
        for row in batch.to_pylist():
            a, b = pickle.loads(row["left_facts"]), pickle.loads(row["right_facts"])
            measured = overlap(np.frombuffer(row["left_sample"], dtype="<u4"), np.frombuffer(row["right_sample"], dtype="<u4"))
            if not same_site(a, b) and is_copy(*measured):
                kept.append({key: row[key] for key in ("left", "right", "left_key", "right_key")})
        if kept:
            yield pa.RecordBatch.from_pylist(kept, schema=_EDGES_ARROW)


def _group_settler(options: AuditOptions) -> Callable[[Any], Any]:
    # A plain function, not functools.partial: applyInPandas reads its signature.
    def settle(members: Any) -> Any:
        return _settle_group(options, members)

    return settle


def _settle_group(options: AuditOptions, members: Any) -> Any:
    """One group (a pandas DataFrame of its members): its original decided by settle_group,
    and a row a member with its part of the Linking; the first row holds the cluster."""
    import pandas as pd

    members = members.sort_values("position")
    facts = [pickle.loads(f) for f in members["facts"]]
    samples = [np.frombuffer(s, dtype="<u4") for s in members["sample"]]
    linking = Linking()
    name = members["cluster"].iloc[0]
    settle_group(name, facts, lambda a, b: overlap(samples[a], samples[b]), linking, options)
    (cluster,) = linking.clusters
    rows = []
    for position, fact in enumerate(facts):
        key = fact.key
        part = Linking(
            copies={key: linking.copies[key]} if key in linking.copies else {},
            copied_by={key: linking.copied_by[key]} if key in linking.copied_by else {},
            originals={key: linking.originals[key]} if key in linking.originals else {},
            findings={key: linking.findings[key]} if key in linking.findings else {},
        )
        cluster_json = dumps(cluster_entry(cluster)) if position == 0 else None
        rows.append({"key": key, "number": int(members["number"].iloc[0]), "link": pickle.dumps(part), "cluster_json": cluster_json})
    return pd.DataFrame(rows, columns=["key", "number", "link", "cluster_json"])


def relink_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Each audited document's entry once linked, by linked_result as a run on one machine
    makes it (a document in no group still gets its empty copies and copied_by)."""
    nothing = Linking()
    for batch in batches:
        rows = []
        for row in batch.to_pylist():
            if row["result"] is not None:
                result: DocumentResult = pickle.loads(row["result"])
                linking = pickle.loads(row["link"]) if row["link"] is not None else nothing
                row["json"] = dumps(document_entry(linked_result(result, linking)))
            rows.append({key: row[key] for key in ("input_index", "record_index", "key", "status", "json")})
        yield pa.RecordBatch.from_pylist(rows, schema=ROWS_ARROW)

