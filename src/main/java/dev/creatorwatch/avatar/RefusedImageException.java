package dev.creatorwatch.avatar;

/** The bytes were refused before or while decoding; {@link #status()} says why in one word. */
public class RefusedImageException extends Exception {

    private final AvatarStatus status;

    public RefusedImageException(AvatarStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public AvatarStatus status() {
        return status;
    }
}
