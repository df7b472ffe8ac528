package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.creatorwatch.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredJsonTest {

    @Test
    void compactJsonIsCopiedAsStored() throws IOException {
        String stored = Json.write(Map.of("followers", 12000, "captions", new String[] {"新作 \"PR\"", "a\nb"}));
        assertThat(embedded(stored)).isEqualTo("[" + stored + ",1]");
        // Stored text the way it was written, even where a parse and re-serialization would change it.
        assertThat(embedded("{\"rate\":1.50,\"name\":\"\\u00e9\"}")).isEqualTo("[{\"rate\":1.50,\"name\":\"\\u00e9\"},1]");
    }

    @Test
    void jsonWithWhitespaceBetweenTokensIsWrittenCompact() throws IOException {
        assertThat(embedded("{\"followers\": 1000,\n \"tags\" : [ \"a b\" ]\r\n}"))
                .isEqualTo("[{\"followers\":1000,\"tags\":[\"a b\"]},1]");
    }

    @Test
    void nonAsciiTextIsCopiedByteForByte() throws IOException {
        String stored = "{\"caption\":\"新作コスメ 😀 \\\"PR\\\"\"}";
        assertThat(embedded(stored)).isEqualTo("[" + stored + ",1]");
        assertThat(embedded("新作 not json")).isEqualTo("[\"新作 not json\",1]");
    }

    @Test
    void textThatIsNotOneJsonValueIsKeptAsAString() throws IOException {
        assertThat(embedded("{\"status\":")).isEqualTo("[\"{\\\"status\\\":\",1]");
        assertThat(embedded("{} {}")).isEqualTo("[\"{} {}\",1]");
        assertThat(embedded("tampered")).isEqualTo("[\"tampered\",1]");
        assertThat(embedded("")).isEqualTo("[\"\",1]");
        assertThat(embedded(null)).isEqualTo("[null,1]");
    }

    /** The stored value written into an array before another value, so separators show too. */
    private static String embedded(String stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = IncidentJson.generator(out)) {
            g.writeStartArray();
            StoredJson.write(g, Utf8.of(stored));
            g.writeNumber(1);
            g.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
