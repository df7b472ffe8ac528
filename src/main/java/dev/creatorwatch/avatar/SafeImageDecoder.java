package dev.creatorwatch.avatar;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes untrusted image bytes (avatars fetched from anywhere) without letting them cost more than a small image:
 *
 * <ul>
 *   <li>the format is recognised from the bytes, not from Content-Type (servers mislabel); only PNG, JPEG, GIF and
 *       WebP (TwelveMonkeys' pure-Java reader: CDNs serve many avatars as WebP) are decoded; AVIF/HEIF are refused for
 *       want of a pure-Java reader. SVG and other markup are refused outright: they are documents that can reference other URLs and
 *       carry scripts, not pictures to hash;</li>
 *   <li>width × height is read from the header through the ImageIO reader BEFORE any pixel is decoded, and refused
 *       above {@code maxPixels}: a 100000×100000 PNG of a few kilobytes would otherwise ask for 40 GB of raster;</li>
 *   <li>large images are decoded subsampled to about {@link #DECODE_SIDE} pixels per side, so the raster held in
 *       memory stays small whatever the declared size;</li>
 *   <li>a truncated or corrupt file is refused, including the JPEG case where the reader only warns ("premature end
 *       of data") and returns a half-grey picture whose hash would be wrong;</li>
 *   <li>reading is from memory ({@link MemoryCacheImageInputStream}), never ImageIO's temporary files.</li>
 * </ul>
 */
public final class SafeImageDecoder {

    /** Decoded images are subsampled to at most about this many pixels per side (the hash needs 9×8 cells). */
    static final int DECODE_SIDE = 512;

    private SafeImageDecoder() {
    }

    /** A decoded picture and what its header declared. */
    public record Decoded(BufferedImage image, String format, int width, int height) {
    }

    public static Decoded decode(byte[] bytes, long maxPixels) throws RefusedImageException {
        if (bytes == null || bytes.length == 0) {
            throw new RefusedImageException(AvatarStatus.NOT_AN_IMAGE, "empty body");
        }
        String format = sniff(bytes);
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new RefusedImageException(AvatarStatus.CORRUPT, format + " declares no pixels");
            }
            if ((long) width * height > maxPixels) {
                throw new RefusedImageException(AvatarStatus.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                        "%s declares %d×%d pixels, more than the %d allowed", format, width, height, maxPixels));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(width, height) + DECODE_SIDE - 1) / DECODE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new RefusedImageException(AvatarStatus.CORRUPT, format + " image is damaged: " + warnings.get(0));
            }
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new RefusedImageException(AvatarStatus.CORRUPT, format + " image decoded to nothing");
            }
            return new Decoded(image, format, width, height);
        } catch (IOException e) {
            throw new RefusedImageException(AvatarStatus.CORRUPT, format + " image is truncated or corrupt: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            // ImageIO's readers are not hardened: hostile data can surface as any runtime exception.
            throw new RefusedImageException(AvatarStatus.CORRUPT, format + " image could not be decoded: " + e);
        } finally {
            reader.dispose();
        }
    }

    /** The format named by the bytes' signature, or a refusal naming what they are instead. */
    static String sniff(byte[] b) throws RefusedImageException {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "gif";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "webp";
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p')) {
            throw new RefusedImageException(AvatarStatus.UNSUPPORTED_FORMAT, "AVIF/HEIF images are not decoded");
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.startsWith("<")) {
            throw new RefusedImageException(AvatarStatus.NOT_AN_IMAGE, head.contains("<svg")
                    ? "SVG is markup, not a picture to hash" : "markup (HTML or XML), not an image");
        }
        throw new RefusedImageException(AvatarStatus.NOT_AN_IMAGE, "not a PNG, JPEG, GIF or WebP image");
    }

    private static ImageReader reader(String format) throws RefusedImageException {
        if (format.equals("webp")) {
            // ImageIO's registry is JVM-wide and scans the class path of whichever thread touches it first; asking the
            // provider directly keeps WebP working under any class loader (packaged app, tests, dev mode).
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new RefusedImageException(AvatarStatus.UNSUPPORTED_FORMAT, "no webp reader available");
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new RefusedImageException(AvatarStatus.UNSUPPORTED_FORMAT, "no " + format + " reader available");
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] b, int offset, int... signature) {
        if (b.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
