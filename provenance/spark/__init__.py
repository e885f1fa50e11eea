"""The audit, and the linking of copies, on Apache Spark (`pip install 'provenance[spark]'`).

    paths   -> one task a (file, stripe) -> read_path's records -> audit_inputs -> rows
    records (url, html or text, id, date) -> record_input -> audit_inputs -> rows
    --link: each row's signature -> its band keys and anchors, exploded and grouped by key
            -> candidate pairs -> verified (is_copy, same_site) -> connected groups -> each
            group settled (settle_group) -> each document relinked (linked_result)

Every record goes through audit_inputs with the packs and options a run on one machine
uses (the same watchdog: a document that runs over its time, or crashes its process,
fails alone), so a row's `json` is the document's entry in the JSON report
(document_entry), and the typed columns are that entry read back by Spark (from_json),
never a second rendering of it. Linking uses link.py's own pieces, so the clusters are
those of the one-machine `--link`.

Rows are ordered as a run on one machine orders its documents: by `input_index` (the
input's place in the list of files) and `record_index` (the record's place in its file).

frames.py builds the DataFrames (on the driver), tasks.py is the audit stage (in the
executors), linking.py the stages after it.
"""

from .frames import DOCUMENT_FIELDS, DOCUMENT_SCHEMA, FORMATS, SparkReport, audit_files, audit_records, list_inputs, session, summary, write_report
from .linking import CLUSTER_SCHEMA
from .tasks import SparkAudit, worker_packs

__all__ = [
    "CLUSTER_SCHEMA",
    "DOCUMENT_FIELDS",
    "DOCUMENT_SCHEMA",
    "FORMATS",
    "SparkAudit",
    "SparkReport",
    "audit_files",
    "audit_records",
    "list_inputs",
    "session",
    "summary",
    "worker_packs",
    "write_report",
]
