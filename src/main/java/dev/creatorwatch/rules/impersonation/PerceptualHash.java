package dev.creatorwatch.rules.impersonation;

import java.awt.image.BufferedImage;

/**
 * Difference hash (dHash) of an avatar: 64 bits that stay almost the same when the image is rescaled, recompressed or
 * slightly recoloured, so a copied profile picture is recognised by a small Hamming distance. The image is reduced to
 * 9×8 cells of mean luminance (box filter over the source pixels, so any size works; transparent pixels count as the
 * white most platforms show behind them) and each bit says whether a cell is brighter than its right neighbour by more
 * than a small margin (so near-equal neighbours read the same in every copy).
 *
 * <p>A bit is only meaningful when its two cells really differ. On a blank or near-uniform picture (a plain colour, a
 * placeholder) almost every comparison is between equal cells, so the bits are decided by compression noise and two
 * unrelated blank pictures may hash alike; {@link Result#blank()} says so, and such a hash must not be used as evidence.
 */
public final class PerceptualHash {

    /** Distances at or below this usually mean the same picture (out of 64 bits). */
    public static final int SAME_PICTURE_MAX_DISTANCE = 10;

    /**
     * Two neighbouring cells whose mean luminance differs by more than this (of 255) decide their bit firmly: JPEG
     * recompression and rescaling move cell means by about one level.
     */
    static final double DECISIVE_DIFFERENCE = 2.0;

    /**
     * A bit is set only when the left cell is brighter by more than this (of 255). With a plain "brighter than", the
     * many near-equal neighbours of flat areas and vertical gradients are decided by compression noise and flip in a
     * re-upload: the demo's 150 px JPEG copy of a 320 px PNG was 11 bits off; with this margin, 0.
     */
    static final double TIE_MARGIN = 1.0;

    /** Fewer decisive bits than this and the picture counts as blank: most of its hash would be noise. */
    public static final int MIN_DECISIVE_BITS = 16;

    /** Sampled pixels per axis at most: plenty for 9x8 cells, and bounded work for a large image. */
    private static final int MAX_SAMPLES_PER_AXIS = 512;

    private static final int WIDTH = 9;
    private static final int HEIGHT = 8;

    private PerceptualHash() {
    }

    /**
     * The hash and how much of it is signal.
     *
     * @param decisiveBits how many of the 64 comparisons were between clearly different cells
     */
    public record Result(long hash, int decisiveBits) {

        /** Near-uniform picture: the hash says little about it and matches other blank pictures by chance. */
        public boolean blank() {
            return decisiveBits < MIN_DECISIVE_BITS;
        }
    }

    public static long dHash(BufferedImage image) {
        return hash(image).hash();
    }

    public static Result hash(BufferedImage image) {
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new IllegalArgumentException("an image with pixels is required");
        }
        double[][] cells = meanLuminance(image);
        long hash = 0;
        int decisive = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH - 1; x++) {
                double diff = cells[y][x] - cells[y][x + 1];
                hash = (hash << 1) | (diff > TIE_MARGIN ? 1 : 0);
                decisive += Math.abs(diff) > DECISIVE_DIFFERENCE ? 1 : 0;
            }
        }
        return new Result(hash, decisive);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean samePicture(long a, long b) {
        return distance(a, b) <= SAME_PICTURE_MAX_DISTANCE;
    }

    /** The hash as 16 hex digits, the form evidence and rule cases use. */
    public static String hex(long hash) {
        return String.format("%016x", hash);
    }

    /**
     * Decoded PNGs and GIFs come as indexed, grey or custom-layout images, whose per-pixel colour conversion in
     * {@code getRGB} costs several times the hash itself; a native blit onto white gives plain RGB (and composites
     * transparency the way a platform shows it). Images past this many pixels are sampled in place instead of copied.
     */
    private static final long MAX_COPIED_PIXELS = 4L << 20;

    private static BufferedImage plainRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || (long) image.getWidth() * image.getHeight() > MAX_COPIED_PIXELS) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static double[][] meanLuminance(BufferedImage source) {
        BufferedImage image = plainRgb(source);
        int w = image.getWidth();
        int h = image.getHeight();
        int stepX = Math.max(1, w / MAX_SAMPLES_PER_AXIS);
        int stepY = Math.max(1, h / MAX_SAMPLES_PER_AXIS);
        boolean alpha = image.getColorModel().hasAlpha();
        double[][] cells = new double[HEIGHT][WIDTH];
        int[] row = new int[w];
        double[] sums = new double[WIDTH];
        int[] counts = new int[WIDTH];
        for (int cy = 0; cy < HEIGHT; cy++) {
            int y0 = cy * h / HEIGHT;
            int y1 = Math.min(h, Math.max(y0 + 1, (cy + 1) * h / HEIGHT));
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(counts, 0);
            for (int y = y0; y < y1; y += stepY) {
                // One row at a time: getRGB per pixel costs a colour-model call each.
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int cx = 0; cx < WIDTH; cx++) {
                    int x0 = cx * w / WIDTH;
                    int x1 = Math.min(w, Math.max(x0 + 1, (cx + 1) * w / WIDTH));
                    for (int x = x0; x < x1; x += stepX) {
                        sums[cx] += luminance(row[x], alpha);
                        counts[cx]++;
                    }
                }
            }
            for (int cx = 0; cx < WIDTH; cx++) {
                cells[cy][cx] = counts[cx] == 0 ? 0 : sums[cx] / counts[cx];
            }
        }
        return cells;
    }

    /** Rec. 601 luma of a (non-premultiplied) ARGB pixel, composited over white when it is transparent. */
    private static double luminance(int argb, boolean alpha) {
        double luma = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
        if (!alpha) {
            return luma;
        }
        double a = ((argb >>> 24) & 0xFF) / 255.0;
        return a * luma + (1 - a) * 255;
    }
}
