package org.vitruvian.planning;

/**
 * What a step is estimated to use: its runs (the product of its sweep axes' sizes, 1 without a
 * sweep), the cores and hours of each run (its own resources, else its service's; 1 core and 1
 * hour when neither says), their product in core-hours, and the cost on its site.
 *
 * @param cost core-hours times the site's {@code costPerCoreHour} (EUR), or null when the site states no price
 */
public record CostEstimate(long runs, int coresPerRun, double hoursPerRun, double coreHours, Double cost) {
}
