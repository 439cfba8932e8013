"""Analytics for the ASN dashboard: one function per metric, SQL in ``sql/``.

Modules: ``meta`` (filter options), ``overview``, ``competency``, ``kinerja``,
``training``; ``did`` holds the difference-in-differences estimator.
"""

from analytics import competency, kinerja, meta, overview, training
from analytics.filters import Filters

__all__ = ["Filters", "competency", "kinerja", "meta", "overview", "training"]
