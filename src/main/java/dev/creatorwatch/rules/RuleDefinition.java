package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One rule file from {@code rules/}, validated. The id is stable and never reused; {@code version} goes up whenever
 * the rule's logic or parameters change, and every alert records the version that raised it.
 */
public record RuleDefinition(
        String id,
        String title,
        String module,
        int version,
        RuleStatus status,
        Severity level,
        String description,
        List<String> falsePositives,
        List<String> references,
        List<String> tags,
        String author,
        LocalDate date,
        LocalDate modified,
        Set<Platform> platforms,
        RuleParameters parameters,
        String source) {

    public boolean appliesTo(Platform platform) {
        return platforms.isEmpty() || platforms.contains(platform);
    }

    public boolean runs() {
        return status != RuleStatus.DEPRECATED;
    }
}
