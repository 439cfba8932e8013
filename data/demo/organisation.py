"""Units, positions (posts) and competency standards of the demo's regions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import names as N
from data.demo._util import COMP_IDX, CORE_COMPS, FIELD_IDX, LEVEL_IDX, LEVEL_JENIS, LEVEL_REQ, NO_FIELD
from data.demo.params import (
    FAMILY_TEKNIS,
    FEMALE_SHARE,
    HEAD_FIELD_PROFILES,
    LEVEL_PPPK,
    LEVEL_SHARE,
    NEED_FACTOR_PELAKSANA,
    NEED_FACTOR_SPECIALIST,
    PELAYANAN_PROFILES,
    REGION_IDS,
    UNIT_FULL_SCALE,
)


def _structural_posts(profile: str, unit_name: str, province: bool) -> list[tuple]:
    """(name, level, eselon, required_field) of a unit's structural ladder."""
    p = N.PROFILES[profile]
    f, bidang = p["field"], p["bidang"]
    head_field = f if profile in HEAD_FIELD_PROFILES else None
    if profile == "setda":
        asisten = (
            "Pemerintahan dan Kesejahteraan Rakyat",
            "Perekonomian dan Pembangunan",
            "Administrasi Umum",
        )
        if province:
            posts = [("Sekretaris Daerah", "JPT Madya", 11, None)]
            posts += [(f"Asisten {a}", "JPT Pratama", 21, None) for a in asisten]
            posts += [(f"Kepala Biro {b}", "JPT Pratama", 22, "hukum" if b == "Hukum" else f) for b in bidang]
            posts += [(f"Kepala Bagian Tata Usaha Biro {b}", "Administrator", 31, None) for b in bidang]
        else:
            posts = [("Sekretaris Daerah", "JPT Pratama", 21, None)]
            posts += [(f"Asisten {a}", "JPT Pratama", 22, None) for a in asisten]
            posts += [
                (f"Kepala Bagian {b}", "Administrator", 31, "hukum" if b == "Hukum" else f) for b in bidang
            ]
        return posts + [(f"Kepala Subbagian Administrasi {b}", "Pengawas", 41, None) for b in bidang]
    if profile == "kota_adm":
        head = unit_name.replace("Kota Administrasi", "Wali Kota Administrasi").replace(
            "Kabupaten Administrasi", "Bupati Administrasi"
        )
        posts = [(head, "JPT Pratama", 21, None), (f"Sekretaris {unit_name}", "JPT Pratama", 22, None)]
        posts += [(f"Kepala Bagian {b}", "Administrator", 31, f) for b in bidang]
        return posts + [(f"Kepala Subbagian {b}", "Pengawas", 41, None) for b in bidang]
    if profile == "dprd":
        posts = [("Sekretaris DPRD", "JPT Pratama", 21 if province else 22, None)]
        posts += [(f"Kepala Bagian {b}", "Administrator", 31, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Keuangan", "Pengawas", 41, "akuntansi")]
    if profile == "inspektorat":
        posts = [
            ("Inspektur", "JPT Pratama", 21, head_field),
            ("Sekretaris Inspektorat", "Administrator", 31, None),
        ]
        posts += [(b, "Administrator", 31, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Umum dan Keuangan", "Pengawas", 41, None)]
    if profile == "rsud":
        posts = [
            (
                f"Direktur {unit_name}",
                "JPT Pratama" if province else "Administrator",
                22 if province else 31,
                head_field,
            )
        ]
        posts += [("Kepala Bagian Tata Usaha", "Administrator", 31 if province else 32, None)]
        posts += [(f"Kepala Bidang {b}", "Administrator", 32, f) for b in bidang]
        posts += [(f"Kepala Seksi {b}", "Pengawas", 41, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Keuangan", "Pengawas", 41, "akuntansi")]
    if profile == "kecamatan":
        place = unit_name.removeprefix("Kecamatan ")
        posts = [
            (f"Camat {place}", "Administrator", 31, None),
            (f"Sekretaris Kecamatan {place}", "Administrator", 32, None),
        ]
        posts += [(f"Kepala Seksi {s}", "Pengawas", 41, None) for s in N.KECAMATAN_SEKSI]
        return [*posts, ("Kepala Subbagian Umum dan Kepegawaian", "Pengawas", 42, None)]
    sub = "Subbidang" if p["kind"] == "badan" else "Seksi"
    posts = [
        (f"Kepala {unit_name}", "JPT Pratama", 21, head_field),
        (f"Sekretaris {unit_name}", "Administrator", 31, None),
    ]
    posts += [(f"Kepala Bidang {b}", "Administrator", 31, f) for b in bidang]
    posts += [
        ("Kepala Subbagian Umum dan Kepegawaian", "Pengawas", 41, None),
        ("Kepala Subbagian Keuangan dan Aset", "Pengawas", 41, "akuntansi"),
    ]
    return posts + [(f"Kepala {sub} {b}", "Pengawas", 41, f) for b in bidang]


def _unit_posts(profile: str, unit_name: str, province: bool) -> list[dict]:
    p = N.PROFILES[profile]
    rows = [
        dict(
            name=n,
            level=lv,
            eselon=es,
            required_field=rf,
            family="struktural",
            weight=0.0,
            pppk=0.0,
            need_factor=1.0,
        )
        for n, lv, es, rf in _structural_posts(profile, unit_name, province)
    ]
    families = list(p["fungsional"])
    if profile not in ("kecamatan", "kota_adm"):
        own = {fam[0] for fam in families}
        families += [fam for fam in N.COMMON_FUNGSIONAL if fam[0] not in own]
    for k, (family, levels, field, weight, aff) in enumerate(families):
        total = sum(LEVEL_SHARE[lv] for lv in levels)
        specialist = k < len(p["fungsional"])
        for lv in levels:
            rows.append(
                dict(
                    name=f"{family} {lv}",
                    level=lv,
                    eselon=None,
                    required_field=field,
                    family=family,
                    weight=weight * LEVEL_SHARE[lv] / total,
                    pppk=aff * LEVEL_PPPK[lv],
                    need_factor=NEED_FACTOR_SPECIALIST if specialist else 1.0,
                )
            )
    for name, field, weight in [*p["pelaksana"], *N.COMMON_PELAKSANA]:
        rows.append(
            dict(
                name=name,
                level="Pelaksana",
                eselon=None,
                required_field=field,
                family=name,
                weight=weight,
                pppk=1.2,
                need_factor=NEED_FACTOR_PELAKSANA,
            )
        )
    return rows


def build_organisation(rng: np.random.Generator, scale: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Units and positions (with internal columns used by the generator)."""
    units, posts = [], []
    for region in REGION_IDS:
        listed = N.REGION_UNITS[region]
        core = [u for u in listed if u[3]]
        rest = [u for u in listed if not u[3]]
        keep = round(len(rest) * min(1.0, scale / UNIT_FULL_SCALE))
        chosen = {u[0] for u in core} | {u[0] for u in rest[:keep]}
        for code, name, profile, _ in listed:
            if code not in chosen:
                continue
            if code == "RSUD":
                name = N.RSUD_NAMES[region]
            unit_id = f"{region}-{code}"
            units.append(
                dict(
                    unit_id=unit_id,
                    region_id=region,
                    name=name,
                    kind=N.PROFILES[profile]["kind"],
                    profile=profile,
                )
            )
            unit_rows = _unit_posts(profile, name, province=region == "DKI")
            free = sum(r["weight"] for r in unit_rows)
            for k, r in enumerate(unit_rows, start=1):
                r.update(
                    position_id=f"{unit_id}-{k:03d}",
                    unit_id=unit_id,
                    region_id=region,
                    profile=profile,
                    weight=N.PROFILES[profile]["weight"] * r["weight"] / free,
                )
                posts.append(r)
    units_df = pd.DataFrame(units)
    pos = pd.DataFrame(posts)
    pos["level_idx"] = pos["level"].map(LEVEL_IDX).astype(np.int64)
    pos["jenis_jabatan"] = LEVEL_JENIS[pos["level_idx"]]
    pos["is_struct"] = pos["jenis_jabatan"] == 1
    pos["eselon"] = pos["eselon"].astype("Int16")
    pos["field_idx"] = pos["required_field"].map(FIELD_IDX).fillna(NO_FIELD).astype(np.int64)
    pos["region_idx"] = pos["region_id"].map({r: i for i, r in enumerate(REGION_IDS)}).astype(np.int64)
    pos["unit_idx"] = pd.factorize(pos["unit_id"])[0]
    pos["family_idx"] = pd.factorize(pos["family"])[0]
    pos["pelayanan"] = pos["profile"].isin(PELAYANAN_PROFILES)
    pos["female_share"] = pos["family"].map(FEMALE_SHARE).fillna(0.45)
    pos["staffing_need"] = 0
    return units_df, pos


def build_standards(rng: np.random.Generator, pos: pd.DataFrame) -> pd.DataFrame:
    """competency_standards: 8 manajerial + SK1 at the level default, plus teknis."""
    n = len(pos)
    base = LEVEL_REQ[pos["level_idx"].to_numpy()]
    core_pos = np.repeat(np.arange(n), len(CORE_COMPS))
    core_comp = np.tile([COMP_IDX[c] for c in CORE_COMPS], n)
    shift = rng.choice([-1, 0, 1], size=len(core_pos), p=[0.04, 0.92, 0.04])
    core_req = np.clip(base[core_pos] + shift, 1, 5)
    main_of = {p: v["teknis"][0] for p, v in N.PROFILES.items()}
    second_of = {p: v["teknis"][1] for p, v in N.PROFILES.items() if len(v["teknis"]) > 1}
    main = pos["profile"].map(main_of)
    second = pos["profile"].map(second_of)
    own = pos["family"].map(FAMILY_TEKNIS)
    # second teknis: the post family's own, else the unit's second one for half the posts
    extra = own.where(own.notna(), second.where(rng.random(n) < 0.5))
    extra = extra.where(extra != main)
    t_pos = np.concatenate([np.arange(n), np.flatnonzero(extra.notna())])
    t_comp = np.concatenate([main.map(COMP_IDX).to_numpy(), extra.dropna().map(COMP_IDX).to_numpy()])
    t_req = np.clip(base[t_pos] + rng.choice([0, 1], size=len(t_pos), p=[0.7, 0.3]), 1, 5)
    std = pd.DataFrame(
        {
            "pos": np.concatenate([core_pos, t_pos]),
            "comp": np.concatenate([core_comp, t_comp]).astype(np.int64),
            "required_level": np.concatenate([core_req, t_req]).astype(np.int64),
        }
    )
    return std.sort_values(["pos", "comp"], kind="stable").reset_index(drop=True)
