package com.telekpr.admin.client;

/** The few figures admin-api reads from a service's Prometheus text exposition. */
final class PrometheusText {
    static final PrometheusText EMPTY = new PrometheusText("");

    private final String text;

    PrometheusText(String text) {
        this.text = text;
    }

    /** The sum of every sample of {@code metric} whose labels contain {@code labelFilter} (if given). */
    double sum(String metric, String... labelFilter) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric) || !sampleOf(line, metric)) {
                continue;
            }
            if (labelFilter.length > 0 && !line.contains(labelFilter[0])) {
                continue;
            }
            try {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } catch (NumberFormatException ignored) {
                // not a sample line after all
            }
        }
        return sum;
    }

    private static boolean sampleOf(String line, String metric) {
        char next = line.length() > metric.length() ? line.charAt(metric.length()) : ' ';
        return next == '{' || next == ' ';
    }
}
