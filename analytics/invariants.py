"""Invariants of every metric, written once beside the data and checked for
each metric by ``tests/test_invariants.py``.

keys: columns unique together; counts: never negative; shares: within 0..1;
sums_to_one: (share column, group columns) whose shares add up to 1 per group;
within: (value, low, high) columns where low <= value <= high (confidence intervals);
values: column -> the values it may take.
"""

from __future__ import annotations

from analytics import competency, kinerja, overview, placement, staffing, talent, training

METRICS = {
    overview.overview_kpis: dict(
        keys=["region_id"],
        counts=["employees", "pns", "pppk", "moves_per_100", "evaluations", "evaluated"],
        shares=[
            "share_baik",
            "share_baik_low",
            "share_baik_high",
            "share_sangat_baik",
            "share_optimal",
            "share_qualified",
            "share_jp_met",
            "share_declined",
        ],
        within=[("share_baik", "share_baik_low", "share_baik_high")],
    ),
    overview.overview_trend: dict(keys=["region_id", "period"], shares=["share_baik"]),
    competency.competency_coverage: dict(
        keys=["region_id", "competency_id"], counts=["assessed", "meeting"], shares=["share_meeting"]
    ),
    competency.jpm_distribution: dict(
        keys=["region_id", "band"],
        values={"band": ["Optimal", "Cukup Optimal", "Kurang Optimal"]},
        counts=["employees"],
        shares=["share"],
        sums_to_one=("share", ["region_id"]),
    ),
    competency.jpm_by_unit: dict(
        keys=["unit_id"],
        counts=["employees", "mean_jpm", "mean_jpm_ratio"],
        shares=["share_optimal", "share_kurang_optimal", "share_qualified"],
    ),
    competency.jpm_by_jenis_jabatan: dict(
        keys=["region_id", "jenis_jabatan"],
        counts=["employees", "mean_jpm", "mean_jpm_ratio"],
        shares=["share_optimal", "share_kurang_optimal"],
    ),
    competency.qualification_fit: dict(
        keys=["region_id", "jenis_jabatan"], counts=["employees", "fit"], shares=["share_fit"]
    ),
    kinerja.predikat_distribution: dict(
        keys=["region_id", "period", "predikat"],
        counts=["evaluations", "periods"],
        shares=["share"],
        sums_to_one=("share", ["region_id", "period"]),
        values={"period_type": ["bulanan", "triwulan", "tahunan"], "grain": ["month", "quarter", "year"]},
    ),
    kinerja.kinerja_trend: dict(
        keys=["region_id", "period"],
        counts=["evaluations", "employees", "rated", "scored"],
        shares=[
            "share_baik",
            "share_sangat_baik",
            "share_di_atas",
            *[
                f"{c}_{b}"
                for c in ("share_baik", "share_sangat_baik", "share_di_atas")
                for b in ("low", "high")
            ],
        ],
        within=[(c, f"{c}_low", f"{c}_high") for c in ("share_baik", "share_sangat_baik", "share_di_atas")],
        values={"period_type": ["bulanan", "triwulan", "tahunan"], "grain": ["month", "quarter", "year"]},
    ),
    kinerja.unit_ranking: dict(
        keys=["unit_id"],
        counts=["employees", "evaluations", "rank"],
        shares=["share_baik", "share_sangat_baik", "share_baik_low", "share_baik_high"],
        within=[("share_baik", "share_baik_low", "share_baik_high")],
        values={"outcome": ["score", "rating"]},
    ),
    kinerja.kinerja_indicators: dict(
        keys=["region_id", "indicator"],
        counts=["rated", "scored"],
        shares=["share_di_atas", "share_di_bawah", "share_di_atas_low", "share_di_atas_high"],
        values={"indicator": ["hasil_kerja", "perilaku", "sikap", "disiplin"]},
    ),
    kinerja.kinerja_within_trend: dict(
        keys=["region_id", "outcome", "method"],
        counts=["se", "employees", "evaluations"],
        within=[("estimate", "ci_low", "ci_high")],
        values={"outcome": list(kinerja.OUTCOMES), "method": ["pooled", "within"]},
    ),
    kinerja.kuadran_check: dict(
        keys=["region_id", "predikat"],
        counts=["evaluations", "with_kuadran", "agreeing", "disagreeing"],
        shares=["share_disagreeing"],
    ),
    kinerja.predikat_cap_check: dict(
        keys=["unit_id", "year", "predikat"],
        counts=["rated", "at_or_better", "allowed", "over_by"],
        shares=["share", "max_share"],
    ),
    training.jp_entitlement: dict(
        keys=["region_id", "year", "staff"],
        counts=["employees", "part_year", "entitlement_jp", "mean_jp", "met"],
        shares=["share_met", "share_met_low", "share_met_high"],
        within=[("share_met", "share_met_low", "share_met_high")],
        values={"staff": ["all", "full_year", "part_year"]},
    ),
    training.jp_by_unit: dict(
        keys=["unit_id"],
        counts=["employee_years", "mean_jp", "met"],
        shares=["share_met", "share_met_low", "share_met_high"],
        within=[("share_met", "share_met_low", "share_met_high")],
    ),
    training.training_volume: dict(
        keys=["year", "jenis_diklat", "category"], counts=["trainings", "participants", "jp_total"]
    ),
    training.training_impact: dict(
        counts=["n_treated", "n_control", "n_cells", "se"],
        within=[("estimate", "ci_low", "ci_high")],
        values={"outcome": ["score", "hasil_di_atas"], "unit": ["points", "pp"]},
    ),
    training.training_event_study: dict(
        keys=["rel_month"], counts=["n_treated"], values={"outcome": ["score", "hasil_di_atas"]}
    ),
    training.impact_coverage: dict(keys=["region_id"]),
    training.competency_change_after_training: dict(
        keys=["competency_id"], counts=["trained_n", "untrained_n"]
    ),
    talent.talent_grid: dict(
        keys=["region_id", "box"],
        counts=["employees", "assessed", "by_rating", "by_score"],
        shares=["share"],
        sums_to_one=("share", ["region_id"]),
    ),
    talent.succession_by_unit: dict(
        keys=["unit_id"],
        counts=["pool", "structural_posts", "vacant", "retiring", "posts_to_fill", "pool_per_post"],
    ),
    talent.succession_by_region: dict(
        keys=["region_id"],
        counts=["pool", "structural_posts", "vacant", "retiring", "posts_to_fill", "pool_per_post"],
    ),
    staffing.staffing_by_post: dict(keys=["position_id"], counts=["staffing_need", "headcount", "rank"]),
    staffing.staffing_by_unit: dict(
        keys=["unit_id"],
        counts=[
            "posts",
            "staffing_need",
            "headcount",
            "fill_rate",
            "posts_under",
            "posts_over",
            "posts_without_need",
            "headcount_without_need",
        ],
    ),
    staffing.staffing_by_region: dict(
        keys=["region_id"],
        counts=[
            "posts",
            "staffing_need",
            "headcount",
            "fill_rate",
            "posts_under",
            "posts_balanced",
            "posts_over",
            "posts_without_need",
            "headcount_without_need",
        ],
    ),
    staffing.retirements_by_unit: dict(
        keys=["unit_id"],
        counts=["employees", "retiring", "retiring_bup58", "retiring_bup60", "retiring_bup65"],
        shares=["share_retiring"],
    ),
    staffing.retirements_by_year: dict(
        keys=["region_id", "years_ahead", "retirement_age"], counts=["retiring", "years_ahead"]
    ),
    placement.move_flows: dict(keys=["region_id", "move_type", "source", "target"], counts=["moves"]),
    placement.move_rates: dict(
        keys=["region_id", "move_type"],
        counts=["moves", "employees", "years", "per_100_per_year", "per_100_per_year_low"],
        within=[("per_100_per_year", "per_100_per_year_low", "per_100_per_year_high")],
    ),
    placement.declined_by_region: dict(
        keys=["region_id", "move_type"],
        counts=["proposed", "declined"],
        shares=["share_declined", "share_declined_low", "share_declined_high"],
        within=[("share_declined", "share_declined_low", "share_declined_high")],
    ),
    placement.declined_by_unit: dict(
        keys=["unit_id"],
        counts=["proposed", "declined"],
        shares=["share_declined", "share_declined_low", "share_declined_high"],
        within=[("share_declined", "share_declined_low", "share_declined_high")],
    ),
    placement.fit_before_after: dict(
        keys=["region_id", "post"],
        counts=["moves", "n_jpm", "qualified", "mean_jpm"],
        shares=["share_qualified", "share_qualified_low", "share_qualified_high"],
        within=[
            ("share_qualified", "share_qualified_low", "share_qualified_high"),
            ("mean_jpm", "mean_jpm_low", "mean_jpm_high"),
        ],
    ),
    placement.kinerja_move_cells: dict(
        keys=["move_group", "region_id", "jenis_jabatan", "baseline_band", "month", "treated"],
        counts=["n", "sum_y2"],
        values={"move_group": ["all", "good_ill_fit"], "treated": [0, 1]},
    ),
    placement.kinerja_change_after_move: dict(
        keys=["move_group"],
        counts=["n", "n_control", "n_cells", "se"],
        within=[("estimate", "ci_low", "ci_high")],
        values={"move_group": ["all", "good_ill_fit"], "outcome": ["score", "hasil_di_atas"]},
    ),
    placement.placement_candidates: dict(
        keys=["nip", "target_position_id"], counts=["rank", "target_rank", "target_gap"]
    ),
    placement.placement_candidate_counts: dict(
        keys=["unit_id"], counts=["candidates", "field_mismatch", "low_jpm", "target_posts"]
    ),
}
