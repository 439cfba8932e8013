"""Building blocks every page uses, re-exported from the modules that hold them, so that
a page reads ``from ui import components as ui`` and ``ui.table(...)``:

- :mod:`ui.data` — numbers for a page: ``fetch``, ``get`` (through the privacy rules of
  the metric's spec), ``has_rows``, ``empty_state``;
- :mod:`ui.layout` — sections, cells side by side, one column per region, KPI cards;
- :mod:`ui.charts` — a chart on the page and its PNG download;
- :mod:`ui.tables` — a formatted table with its downloads;
- :mod:`reporting.charts` — the chart builders (plain Plotly, shared with the report);
- :mod:`reporting.cells`, :mod:`reporting.tables`, :mod:`reporting.impact` — cells as a
  viewer sees them, table formats, how an effect reads.
"""

from reporting.cells import *  # noqa: F403
from reporting.cells import _visible  # noqa: F401
from reporting.charts.common import *  # noqa: F403
from reporting.charts.style import *  # noqa: F403
from reporting.impact import *  # noqa: F403
from reporting.tables import *  # noqa: F403
from ui.charts import *  # noqa: F403
from ui.data import *  # noqa: F403
from ui.layout import *  # noqa: F403
from ui.layout import _SECTION, _SUBJECT  # noqa: F401
from ui.tables import *  # noqa: F403
