package dev.creatorwatch.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 64-bit perceptual hash (dHash) of a profile picture, as rules compare it. Only pictures that were fetched,
 * decoded and found to carry a picture (not blank, not a platform's default) have one; everything else is "no hash",
 * never a made-up one. Written as 16 hex digits in rule cases and evidence.
 */
public record AvatarHash(long bits) {

    @JsonCreator
    public static AvatarHash parse(String hex) {
        String h = hex.strip();
        h = h.startsWith("0x") || h.startsWith("0X") ? h.substring(2) : h;
        if (h.isEmpty() || h.length() > 16) {
            throw new IllegalArgumentException("an avatar hash is 1 to 16 hex digits, was '" + hex + "'");
        }
        return new AvatarHash(Long.parseUnsignedLong(h, 16));
    }

    /** How many of the 64 bits differ. */
    public int distance(AvatarHash other) {
        return Long.bitCount(bits ^ other.bits);
    }

    @JsonValue
    public String hex() {
        return String.format("%016x", bits);
    }

    @Override
    public String toString() {
        return hex();
    }
}
