package dev.creatorwatch.parse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A support request to read one profile page: the page's URL, optionally the platform (else taken from the URL) and
 * optionally the saved page itself.
 */
public record ParseRequest(
        @NotBlank
        @Size(max = 2_048)
        @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an http or https URL")
        String url,
        @Size(max = 20)
        String platform,
        @Size(max = ParseRequest.MAX_HTML_CHARS, message = "must be at most 5 MB")
        String html) {

    public static final int MAX_HTML_CHARS = 5_000_000;
}
