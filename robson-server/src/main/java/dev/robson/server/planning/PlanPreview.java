package dev.robson.server.planning;

import java.util.List;

/**
 * The parts of a plan's preview that are lists or nested, kept with the plan as the JSON the
 * API showed, so a plan reads back exactly as it was proposed.
 *
 * @param budget the month as it stood before this plan
 */
record PlanPreview(
        List<ChartViews.LevelView> levels,
        List<ChartViews.SkippedLevelView> skippedLevels,
        List<ChartViews.WarningView> warnings,
        RiskStatusView budget) {

    PlanPreview {
        levels = List.copyOf(levels);
        skippedLevels = List.copyOf(skippedLevels);
        warnings = List.copyOf(warnings);
    }
}
