package dev.creatorwatch.avatar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.rules.impersonation.PerceptualHash;
import dev.creatorwatch.testing.TestImages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class SafeImageDecoderTest {

    private static final long MAX_PIXELS = 16_777_216;

    @Test
    void decodesPngJpegAndGif() throws Exception {
        var img = TestImages.portrait(300, new Color(230, 190, 160));
        assertThat(SafeImageDecoder.decode(TestImages.png(img), MAX_PIXELS).format()).isEqualTo("png");
        assertThat(SafeImageDecoder.decode(TestImages.jpeg(img, 0.8f), MAX_PIXELS).format()).isEqualTo("jpeg");
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "gif", gif);
        SafeImageDecoder.Decoded d = SafeImageDecoder.decode(gif.toByteArray(), MAX_PIXELS);
        assertThat(d.format()).isEqualTo("gif");
        assertThat(d.width()).isEqualTo(300);
    }

    @Test
    void largeImagesAreDecodedSubsampled() throws Exception {
        var d = SafeImageDecoder.decode(TestImages.png(TestImages.logo(2000)), MAX_PIXELS);
        assertThat(d.width()).isEqualTo(2000);
        assertThat(d.image().getWidth()).isLessThanOrEqualTo(SafeImageDecoder.DECODE_SIDE);
    }

    @Test
    void aPngDeclaring100000By100000IsRefusedBeforeDecoding() {
        byte[] bomb = pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        assertThatThrownBy(() -> SafeImageDecoder.decode(bomb, MAX_PIXELS))
                .isInstanceOfSatisfying(RefusedImageException.class, e -> {
                    assertThat(e.status()).isEqualTo(AvatarStatus.TOO_MANY_PIXELS);
                    assertThat(e.getMessage()).contains("100000×100000");
                });
    }

    @Test
    void theCapIsOnPixelsNotOnBytes() {
        byte[] png = TestImages.png(TestImages.logo(600));
        assertThatThrownBy(() -> SafeImageDecoder.decode(png, 599L * 600))
                .isInstanceOfSatisfying(RefusedImageException.class,
                        e -> assertThat(e.status()).isEqualTo(AvatarStatus.TOO_MANY_PIXELS));
    }

    @Test
    void truncatedFilesAreRefused() {
        var img = TestImages.portrait(300, new Color(230, 190, 160));
        byte[] png = TestImages.png(img);
        byte[] jpeg = TestImages.jpeg(img, 0.9f);
        for (byte[] cut : new byte[][] {Arrays.copyOf(png, png.length / 2), Arrays.copyOf(jpeg, jpeg.length / 2)}) {
            assertThatThrownBy(() -> SafeImageDecoder.decode(cut, MAX_PIXELS))
                    .isInstanceOfSatisfying(RefusedImageException.class,
                            e -> assertThat(e.status()).isEqualTo(AvatarStatus.CORRUPT));
        }
    }

    @Test
    void svgMarkupAndOtherBytesAreNotImages() {
        String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<image href=\"http://169.254.169.254/latest/meta-data\"/></svg>";
        assertRefused(svg.getBytes(StandardCharsets.UTF_8), AvatarStatus.NOT_AN_IMAGE, "SVG");
        assertRefused("  <!doctype html><html><body>Login</body></html>".getBytes(StandardCharsets.UTF_8),
                AvatarStatus.NOT_AN_IMAGE, "markup");
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), AvatarStatus.NOT_AN_IMAGE, "not a PNG");
        assertRefused(new byte[0], AvatarStatus.NOT_AN_IMAGE, "empty");
        byte[] avif = "\0\0\0\u001cftypavif".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(avif, AvatarStatus.UNSUPPORTED_FORMAT, "AVIF");
    }

    @Test
    void webpPicturesHashLikeThePngTheyWereMadeFrom() throws Exception {
        // Made with cwebp (-q 75 and -lossless) from TestImages.portrait(300, skin) as a PNG.
        long original = PerceptualHash.dHash(TestImages.portrait(300, new Color(230, 190, 160)));
        for (String name : new String[] {"portrait-300-lossy.webp", "portrait-300-lossless.webp"}) {
            SafeImageDecoder.Decoded d = SafeImageDecoder.decode(resource(name), MAX_PIXELS);
            assertThat(d.format()).isEqualTo("webp");
            assertThat(d.width()).isEqualTo(300);
            assertThat(PerceptualHash.distance(PerceptualHash.dHash(d.image()), original)).as(name)
                    .isLessThanOrEqualTo(6);
        }
        long other = PerceptualHash.dHash(TestImages.logo(300));
        assertThat(PerceptualHash.distance(other, original)).isGreaterThan(6);
    }

    @Test
    void aTruncatedWebpIsCorruptAndAHugeWebpCanvasIsRefusedBeforeDecoding() throws Exception {
        byte[] webp = resource("portrait-300-lossy.webp");
        assertRefused(Arrays.copyOf(webp, webp.length / 2), AvatarStatus.CORRUPT, "webp");
        assertRefused(webpCanvas(16_384, 16_384), AvatarStatus.TOO_MANY_PIXELS, "16384×16384");
    }

    private static byte[] resource(String name) throws java.io.IOException {
        try (var in = SafeImageDecoderTest.class.getResourceAsStream("/avatar/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** An extended-format (VP8X) WebP header declaring a canvas of {@code width}×{@code height}, and nothing else. */
    static byte[] webpCanvas(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0).put(new byte[3]);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    @Test
    void aPngHeaderWithGarbageAfterItIsCorruptNotACrash() {
        byte[] png = TestImages.png(TestImages.logo(64));
        byte[] garbage = Arrays.copyOf(png, png.length);
        for (int i = 40; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        assertRefused(garbage, AvatarStatus.CORRUPT, "png");
    }

    private static void assertRefused(byte[] bytes, AvatarStatus status, String messagePart) {
        assertThatThrownBy(() -> SafeImageDecoder.decode(bytes, MAX_PIXELS))
                .isInstanceOfSatisfying(RefusedImageException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                });
    }

    /** A valid PNG signature and IHDR declaring the size, then one tiny IDAT and IEND: a few dozen bytes. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] idat = new byte[64];
        int n = deflater.deflate(idat);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(idat, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
