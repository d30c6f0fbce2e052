package org.beacon.portal.web.platform;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js configuration for {@code p:chart}, which PrimeFaces writes into the page's script as it is. Built with
 * JSON-P, then with every {@code <}, {@code >} and {@code &} written as an escape, so that no label (a list's or a
 * newsletter's name, a page's address) can end the script or the partial response's CDATA around it.
 */
public final class ChartConfig {

    /** The console's palette, each dark enough for 3:1 against white (WCAG's non-text contrast). */
    private static final List<String> COLOURS = List.of("#0b4f8a", "#b3261e", "#6a4c93", "#1b6e3a", "#8a5a00");

    private final String type;
    private final List<String> labels;
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private int series;
    private boolean stacked;

    private ChartConfig(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    public static ChartConfig bar(List<String> labels) {
        return new ChartConfig("bar", labels);
    }

    public static ChartConfig line(List<String> labels) {
        return new ChartConfig("line", labels);
    }

    /** One series, in the next colour; as many values as labels. */
    public ChartConfig series(String label, List<? extends Number> values) {
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + labels.size() + " labels");
        }
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.longValue()));
        String colour = COLOURS.get(series++ % COLOURS.size());
        datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("fill", false));
        return this;
    }

    public ChartConfig stacked() {
        this.stacked = true;
        return this;
    }

    public String toJson() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                // Redrawn by every poll of the dashboard: without animation it does not seem to jump each time.
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", series > 1)))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked)).add("y", axis));
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
