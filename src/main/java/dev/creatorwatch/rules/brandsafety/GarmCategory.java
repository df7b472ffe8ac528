package dev.creatorwatch.rules.brandsafety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The content categories of the GARM Brand Safety Floor and Suitability Framework. The ids are what lexicon files,
 * suitability profiles and finding keys use; the labels are what marketers read.
 */
public enum GarmCategory {
    ADULT("adult", "adult and explicit sexual content"),
    ARMS("arms", "arms and ammunition"),
    CRIME("crime", "crime and harmful acts"),
    DEATH_INJURY_CONFLICT("death_injury_conflict", "death, injury or military conflict"),
    PIRACY("piracy", "online piracy"),
    HATE("hate", "hate speech and acts of aggression"),
    OBSCENITY("obscenity", "obscenity and profanity"),
    DRUGS("drugs", "illegal drugs, tobacco, e-cigarettes, vaping or alcohol"),
    SPAM("spam", "spam or harmful content"),
    TERRORISM("terrorism", "terrorism"),
    DEBATED_SOCIAL_ISSUES("debated_social_issues", "debated sensitive social issues"),
    MISINFORMATION("misinformation", "misinformation");

    private final String id;
    private final String label;

    GarmCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<GarmCategory> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(GarmCategory::id).toList());
    }
}
