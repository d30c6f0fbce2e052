package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class ChartConfigTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aChartCarriesItsLabelsAndEachSeriesFiguresInOrder() {
        JsonObject chart = parse(ChartConfig.bar(List.of("Today", "1 to 5 working days", "Overdue"))
                .series("Inquiries waiting", List.of(4L, 7L, 1L)).toJson());
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Today", "1 to 5 working days", "Overdue");
        JsonObject series = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(series.getString("label")).isEqualTo("Inquiries waiting");
        assertThat(series.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::longValue)).containsExactly(4L, 7L, 1L);
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"))
                .as("one series needs no legend").isFalse();
    }

    @Test
    void aNameCannotEndTheScriptOrTheCdataItIsWrittenInto() {
        String hostile = "</script><script>alert(1)</script>]]>&amp;";
        String json = ChartConfig.line(List.of(hostile)).series("Views", List.of(1)).series("Other", List.of(2)).toJson();
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0)).as("still the same name when read").isEqualTo(hostile);
    }

    @Test
    void aSeriesMustHaveAFigureForEachLabel() {
        assertThatThrownBy(() -> ChartConfig.bar(List.of("a", "b")).series("x", List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
