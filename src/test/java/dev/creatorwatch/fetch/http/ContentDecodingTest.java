package dev.creatorwatch.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

    private static final BodyLimits LIMITS = new BodyLimits(5 * 1024 * 1024, 100, false);
    private static final byte[] PAGE = "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipAndDeflateRoundTrip() throws IOException {
        assertThat(ContentDecoding.decode(gzip(PAGE), "gzip", LIMITS)).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode(deflate(PAGE, false), "deflate", LIMITS)).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode(deflate(PAGE, true), "deflate", LIMITS)).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode(gzip(gzip(PAGE)), "gzip, gzip", LIMITS)).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode(PAGE, "identity", LIMITS)).isEqualTo(PAGE);
        assertThat(ContentDecoding.decode(PAGE, null, LIMITS)).isEqualTo(PAGE);
    }

    @Test
    void bombIsStoppedByRatioBeforeTheSizeCap() throws IOException {
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]);
        assertThatThrownBy(() -> ContentDecoding.decode(bomb, "gzip", LIMITS))
                .isInstanceOf(BodyTooLargeException.class).hasMessageContaining("compression ratio");
    }

    @Test
    void decompressedSizeIsCapped() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        assertThatThrownBy(() -> ContentDecoding.decode(gzip(big), "gzip", LIMITS))
                .isInstanceOf(BodyTooLargeException.class).hasMessageContaining("decompressed");
        BodyLimits truncating = new BodyLimits(1000, 100, true);
        assertThat(ContentDecoding.decode(gzip(big), "gzip", truncating)).hasSize(1000);
    }

    @Test
    void unknownOrCorruptEncodingFails() throws IOException {
        assertThatThrownBy(() -> ContentDecoding.decode(PAGE, "br", LIMITS))
                .isInstanceOf(ContentDecoding.UndecodableContentException.class);
        assertThatThrownBy(() -> ContentDecoding.decode(PAGE, "gzip", LIMITS))
                .isInstanceOf(ContentDecoding.UndecodableContentException.class);
        assertThatThrownBy(() -> ContentDecoding.decode(java.util.Arrays.copyOf(gzip(PAGE), 20), "gzip", LIMITS))
                .isInstanceOf(ContentDecoding.UndecodableContentException.class);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
