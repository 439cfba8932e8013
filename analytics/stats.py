"""Small statistics on the small frames the metric queries return."""

from __future__ import annotations

import numpy as np
import pandas as pd

Z95 = 1.959963984540054


def wilson(successes, n, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of a proportion successes / n (arrays; n may be fractional).

    Where n is 0 or missing both bounds are NaN."""
    k = np.asarray(successes, dtype=float)
    m = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / m
        denom = 1 + z * z / m
        centre = (p + z * z / (2 * m)) / denom
        half = z * np.sqrt(p * (1 - p) / m + z * z / (4 * m * m)) / denom
    bad = ~(m > 0) | np.isnan(p)
    low = np.where(bad, np.nan, np.clip(centre - half, 0.0, 1.0))
    high = np.where(bad, np.nan, np.clip(centre + half, 0.0, 1.0))
    return low, high


def with_wilson(df: pd.DataFrame, share: str, n: pd.Series | str) -> pd.DataFrame:
    """Add ``<share>_low`` and ``<share>_high``: the 95 % Wilson interval of ``share`` over
    ``n`` (a column name or values)."""
    size = df[n] if isinstance(n, str) else n
    low, high = wilson(df[share].to_numpy(dtype=float) * np.asarray(size, dtype=float), size)
    return df.assign(**{f"{share}_low": low, f"{share}_high": high})
