package dev.creatorwatch.rules.impersonation;

import java.awt.image.BufferedImage;

/**
 * Difference hash (dHash) of an avatar: 64 bits that stay almost the same when the image is rescaled, recompressed or
 * slightly recoloured, so a copied profile picture is recognised by a small Hamming distance. The image is reduced to
 * 9×8 cells of mean luminance (box filter over the source pixels, so any size works) and each bit says whether a
 * cell is brighter than its right neighbour.
 */
public final class PerceptualHash {

    /** Distances at or below this usually mean the same picture (out of 64 bits). */
    public static final int SAME_PICTURE_MAX_DISTANCE = 10;

    private static final int WIDTH = 9;
    private static final int HEIGHT = 8;

    private PerceptualHash() {
    }

    public static long dHash(BufferedImage image) {
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new IllegalArgumentException("an image with pixels is required");
        }
        double[][] cells = meanLuminance(image);
        long hash = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH - 1; x++) {
                hash = (hash << 1) | (cells[y][x] > cells[y][x + 1] ? 1 : 0);
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean samePicture(long a, long b) {
        return distance(a, b) <= SAME_PICTURE_MAX_DISTANCE;
    }

    private static double[][] meanLuminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Sample at most 512 pixels per axis: plenty for 9x8 cells, and bounded work for a hostile 20k x 20k image.
        int stepX = Math.max(1, w / 512);
        int stepY = Math.max(1, h / 512);
        double[][] cells = new double[HEIGHT][WIDTH];
        for (int cy = 0; cy < HEIGHT; cy++) {
            int y0 = cy * h / HEIGHT;
            int y1 = Math.max(y0 + 1, (cy + 1) * h / HEIGHT);
            for (int cx = 0; cx < WIDTH; cx++) {
                int x0 = cx * w / WIDTH;
                int x1 = Math.max(x0 + 1, (cx + 1) * w / WIDTH);
                double sum = 0;
                int n = 0;
                for (int y = y0; y < Math.min(y1, h); y += stepY) {
                    for (int x = x0; x < Math.min(x1, w); x += stepX) {
                        int rgb = image.getRGB(x, y);
                        sum += 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                        n++;
                    }
                }
                cells[cy][cx] = n == 0 ? 0 : sum / n;
            }
        }
        return cells;
    }
}
