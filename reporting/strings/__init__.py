"""Every text users read: ``key -> (Bahasa Indonesia, English)``, one module a page
(plus :mod:`.base` for the shared ones), merged into :data:`STRINGS`. Data only."""

from __future__ import annotations

from reporting.strings import (
    auth,
    base,
    export,
    kebutuhan,
    kinerja,
    kompetensi,
    kualitas,
    layanan,
    pelatihan,
    penempatan,
    presentasi,
    ringkasan,
    talenta,
    unggah,
)

STRINGS: dict[str, tuple[str, str]] = {}
for _module in (
    base,
    ringkasan,
    kompetensi,
    pelatihan,
    kinerja,
    penempatan,
    talenta,
    kebutuhan,
    auth,
    export,
    presentasi,
    unggah,
    kualitas,
    layanan,
):
    STRINGS.update(_module.STRINGS)
