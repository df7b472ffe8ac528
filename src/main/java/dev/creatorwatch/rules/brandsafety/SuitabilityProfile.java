package dev.creatorwatch.rules.brandsafety;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one brand cares about: for each GARM category, the lowest risk level that should alert. A brewery may accept
 * alcohol below {@code high}; a toy maker wants even {@code low} profanity. {@link RiskLevel#FLOOR} content alerts under
 * every profile.
 *
 * @param name           the profile's name, as rule parameters give it
 * @param description    who the profile is for, in plain words
 * @param defaultMinimum the level for categories the profile does not list
 * @param minimum        per-category levels
 */
public record SuitabilityProfile(String name, String description, RiskLevel defaultMinimum,
        Map<GarmCategory, RiskLevel> minimum) {

    public SuitabilityProfile {
        minimum = minimum.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(minimum));
    }

    public RiskLevel minimumFor(GarmCategory category) {
        return minimum.getOrDefault(category, defaultMinimum);
    }

    public boolean alerts(GarmCategory category, RiskLevel level) {
        return level == RiskLevel.FLOOR || level.atLeast(minimumFor(category));
    }
}
