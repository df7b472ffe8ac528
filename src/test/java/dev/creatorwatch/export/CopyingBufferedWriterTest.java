package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CopyingBufferedWriterTest {

    @Test
    void everyWayOfWritingArrivesInOrderAcrossBufferBoundaries() throws IOException {
        StringWriter target = new StringWriter();
        CopyingBufferedWriter w = new CopyingBufferedWriter(target, 4);
        w.write('\uFEFF');
        w.append("ab\"cd\"ef", 2, 7);
        w.write("xyz123", 1, 4);
        w.write("日本語のバイオ".toCharArray(), 0, 7);
        w.append(new StringBuilder("sb-range"), 3, 8);
        w.append(null, 1, 3);
        w.append('!');
        w.write("a longer run than the buffer");
        w.flush();
        assertThat(target.toString())
                .isEqualTo("\uFEFF\"cd\"eyz12日本語のバイオrangeul!a longer run than the buffer");
    }
}
