package dev.creatorwatch.check;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Profiles to check, watched or not. A stored snapshot younger than {@code maxSnapshotAgeMinutes} (default 60) is
 * reused instead of fetching again.
 */
public record CheckRequest(
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 2048) String> urls,
        @Min(0) @Max(10080) Integer maxSnapshotAgeMinutes) {
}
