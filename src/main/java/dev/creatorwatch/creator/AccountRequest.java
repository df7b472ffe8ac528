package dev.creatorwatch.creator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One platform account to watch. {@code profileUrl} may be omitted where the platform gives one URL per handle. */
public record AccountRequest(
        @NotBlank @Size(max = 32) String platform,
        @NotBlank @Size(max = 200) String handle,
        @Size(max = 2048) String profileUrl) {
}
