"""Loading analysts' CSV/XLSX exports: read -> map headers -> validate -> load.

The engine behind the Unggah Data page and ``python -m data.load``; see
:mod:`data.importing.load` for the transaction, log and undo.
"""

from data.importing.errors import ImportProblem, RowError, message
from data.importing.load import (
    FileReport,
    ImportResult,
    Upload,
    import_files,
    import_log,
    latest_import,
    latest_imports,
    log_rejected,
    undo_latest,
)
from data.importing.tables import TABLES, table

__all__ = [
    "TABLES",
    "FileReport",
    "ImportProblem",
    "ImportResult",
    "RowError",
    "Upload",
    "import_files",
    "import_log",
    "latest_import",
    "latest_imports",
    "log_rejected",
    "message",
    "table",
    "undo_latest",
]
