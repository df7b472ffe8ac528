package dev.creatorwatch.rules.brandsafety;

/** A lexicon or suitability profile file is invalid; the message names the file and line. */
public class BrandSafetyDataException extends RuntimeException {

    public BrandSafetyDataException(String message) {
        super(message);
    }
}
