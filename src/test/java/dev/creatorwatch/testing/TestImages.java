package dev.creatorwatch.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Profile pictures drawn for tests with Java2D (shapes only: no fonts, which a build machine may lack), encoded as
 * PNG or JPEG, rescaled and recompressed the way a copier's upload is.
 */
public final class TestImages {

    private TestImages() {
    }

    /** A portrait-like avatar: a head and shoulders on a diagonal gradient. */
    public static BufferedImage portrait(int size, Color skin) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int v = x * 180 / size + y * 60 / size;
                img.setRGB(x, y, new Color(40 + v / 2, 90 + v / 3, 200 - v / 2).getRGB());
            }
        }
        g.setColor(new Color(30, 30, 60));
        g.fillOval(size / 6, size * 2 / 3, size * 2 / 3, size / 2);
        g.setColor(skin);
        g.fillOval(size / 3, size / 5, size / 3, size * 2 / 5);
        g.setColor(new Color(250, 220, 80));
        g.fillRect(size * 3 / 4, size / 10, size / 8, size / 8);
        g.dispose();
        return img;
    }

    /** Another picture altogether: a logo-like set of stripes and a ring. */
    public static BufferedImage logo(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(245, 245, 240));
        g.fillRect(0, 0, size, size);
        for (int i = 0; i < 5; i++) {
            g.setColor(i % 2 == 0 ? new Color(200, 30, 40) : new Color(20, 20, 20));
            g.fillRect(i * size / 5, (i * 37 % 5) * size / 10, size / 10, size / 2);
        }
        g.setColor(new Color(20, 120, 60));
        g.fillOval(size / 2, size / 2, size * 2 / 5, size * 2 / 5);
        g.setColor(new Color(245, 245, 240));
        g.fillOval(size * 3 / 5, size * 3 / 5, size / 5, size / 5);
        g.dispose();
        return img;
    }

    /** One plain colour with a few pixels of noise: what a blank placeholder looks like after JPEG. */
    public static BufferedImage plain(int size, Color color) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return img;
    }

    public static BufferedImage resized(BufferedImage src, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    public static byte[] png(BufferedImage img) {
        return encode(img, "png");
    }

    /** JPEG at the given quality (0..1), like an upload recompressed by a platform. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, bytes)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
