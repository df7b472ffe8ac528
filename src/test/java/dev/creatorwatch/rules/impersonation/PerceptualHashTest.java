package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PerceptualHashTest {

    /** A made-up avatar: a face-like pattern of circles on a diagonal gradient. */
    private static BufferedImage avatar(int size, Color accent, boolean mirrored) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int v = (mirrored ? size - x : x) * 200 / size + y * 55 / size;
                img.setRGB(x, y, new Color(v, v / 2, 255 - v).getRGB());
            }
        }
        g.setColor(accent);
        g.fillOval(size / 4, size / 5, size / 2, size / 2);
        g.setColor(Color.WHITE);
        g.fillOval(mirrored ? size / 8 : size * 5 / 8, size * 3 / 5, size / 4, size / 4);
        g.dispose();
        return img;
    }

    private static BufferedImage resized(BufferedImage src, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage src) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(src, "jpg", bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static BufferedImage brighter(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                Color c = new Color(src.getRGB(x, y));
                out.setRGB(x, y, new Color(Math.min(255, c.getRed() + 25), Math.min(255, c.getGreen() + 25),
                        Math.min(255, c.getBlue() + 25)).getRGB());
            }
        }
        return out;
    }

    @Test
    void copiesOfOnePictureHashClose() throws IOException {
        BufferedImage original = avatar(320, Color.ORANGE, false);
        long h = PerceptualHash.dHash(original);
        assertThat(PerceptualHash.distance(h, PerceptualHash.dHash(resized(original, 150)))).isLessThanOrEqualTo(6);
        assertThat(PerceptualHash.distance(h, PerceptualHash.dHash(jpegRoundTrip(original)))).isLessThanOrEqualTo(6);
        assertThat(PerceptualHash.samePicture(h, PerceptualHash.dHash(brighter(original)))).isTrue();
    }

    @Test
    void differentPicturesHashFar() {
        long a = PerceptualHash.dHash(avatar(320, Color.ORANGE, false));
        long b = PerceptualHash.dHash(avatar(320, Color.ORANGE, true));
        assertThat(PerceptualHash.distance(a, b)).isGreaterThan(PerceptualHash.SAME_PICTURE_MAX_DISTANCE);
        assertThat(PerceptualHash.samePicture(a, b)).isFalse();
    }

    @Test
    void oddSizesWorkAndEmptyInputIsRefused() {
        assertThat(PerceptualHash.dHash(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB))).isZero();
        PerceptualHash.dHash(new BufferedImage(3, 2000, BufferedImage.TYPE_BYTE_GRAY));
        assertThatThrownBy(() -> PerceptualHash.dHash(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainPictureIsBlankAndADrawnOneIsNot() {
        BufferedImage plain = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plain.createGraphics();
        g.setColor(new Color(180, 180, 185));
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        PerceptualHash.Result blank = PerceptualHash.hash(plain);
        assertThat(blank.blank()).isTrue();
        assertThat(blank.decisiveBits()).isLessThan(PerceptualHash.MIN_DECISIVE_BITS);
        assertThat(PerceptualHash.hash(avatar(200, Color.ORANGE, false)).blank()).isFalse();
    }

    @Test
    void transparentPixelsCountAsWhiteWhateverTheirHiddenColour() {
        BufferedImage a = new BufferedImage(90, 80, BufferedImage.TYPE_INT_ARGB);
        BufferedImage b = new BufferedImage(90, 80, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 90; x++) {
                boolean inside = x > 20 && x < 60 && y > 10 && y < 50;
                a.setRGB(x, y, inside ? 0xFF202020 : 0x00000000);
                b.setRGB(x, y, inside ? 0xFF202020 : 0x00FFFFFF);
            }
        }
        assertThat(PerceptualHash.dHash(a)).isEqualTo(PerceptualHash.dHash(b));
        assertThat(PerceptualHash.hex(PerceptualHash.dHash(a))).hasSize(16);
    }
}
