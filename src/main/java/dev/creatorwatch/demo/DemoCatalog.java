package dev.creatorwatch.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's creators and their sample pages. Written by us for the demo; the people and brands are invented.
 * Mika Tanaka is protected and has an impersonator, who also re-uploaded her profile picture (rescaled and
 * recompressed, as a platform does with an upload); Nora's audience jumps from 12k to 49k between two fetches while
 * likes stay flat (bought followers).
 */
public final class DemoCatalog {

    /** A demo creator and the keys of its accounts. */
    public record DemoCreator(String name, String notes, boolean protectedIdentity, List<String> tags,
            List<String> accounts) {
    }

    static final Map<String, DemoProfile> PROFILES = Map.of(
            "instagram/mika.travels", new DemoProfile("instagram", "mika.travels", "Mika Tanaka",
                    "Slow travel in Japan \u2708 Kyoto \u2192 Hokkaido. Film photos and food notes.",
                    "https://mikatravels.example/", true, "instagram-profile.html",
                    List.of(8_240L, 8_251L, 8_263L, 8_270L), 312, 415, List.of(402L, 388L, 451L, 376L)),
            "instagram/mika.travels.official", new DemoProfile("instagram", "mika.travels.official", "Mika Tanaka",
                    "Slow travel in Japan \u2708 Official giveaway page! DM to claim your prize",
                    "https://bit.ly/free-trip-claim", false, "instagram-profile.html",
                    List.of(212L, 230L, 241L), 1_890, 6, List.of(3L, 5L, 2L)),
            "instagram/glowwithnora", new DemoProfile("instagram", "glowwithnora", "Nora Glow",
                    "Skincare for real skin \u2022 Berlin", "https://noraglow.example/", false,
                    "instagram-profile.html", List.of(12_400L, 48_900L, 49_150L, 49_420L), 980, 233,
                    List.of(61L, 55L, 70L, 48L)),
            "tiktok/kenji.cooks", new DemoProfile("tiktok", "kenji.cooks", "Kenji Cooks",
                    "Ramen, gyoza and 15-minute dinners", "https://kenjicooks.example/", true, "tiktok-profile.html",
                    List.of(783_427L, 784_910L, 786_002L), 54, 312, List.of()),
            "youtube/RamenAtlas", new DemoProfile("youtube", "RamenAtlas", "Ramen Atlas",
                    "Every ramen shop in Japan, one bowl at a time.", null, true, "youtube-channel.html",
                    List.of(1_200_000L, 1_210_000L), 0, 1_240, List.of()),
            "x/saraplays", new DemoProfile("x", "saraplays", "Sara Plays",
                    "Speedrunner. Cozy games on weekends.", "https://saraplays.example/", false, "x-profile.html",
                    List.of(45_210L, 45_380L, 45_512L), 611, 23_961, List.of()),
            "mastodon/lena", new DemoProfile("mastodon", "lena", "Lena Weiss",
                    "Film photographer in Vienna. Darkroom notes.", null, false, "mastodon-profile.html",
                    List.of(3_480L, 3_492L), 210, 1_024, List.of()),
            "x/dealhunter_max", new DemoProfile("x", "dealhunter_max", "Max Deals",
                    "Daily tech deals and coupon codes. Not financial advice.", "https://maxdeals.example/", false,
                    "x-profile.html", List.of(18_300L, 18_350L), 2_400, 9_870, List.of(), 2));

    static final List<DemoCreator> CREATORS = List.of(
            new DemoCreator("Mika Tanaka", "Travel creator; protected identity (impersonators seen before).", true,
                    List.of("travel", "japan"), List.of("instagram/mika.travels")),
            new DemoCreator("Unknown lookalike of Mika", "Found by a fan report; watched to build evidence.", false,
                    List.of("suspect"), List.of("instagram/mika.travels.official")),
            new DemoCreator("Nora Glow", "Skincare; shortlisted for the spring campaign.", false,
                    List.of("beauty", "spring-campaign"), List.of("instagram/glowwithnora")),
            new DemoCreator("Kenji Cooks", "Food; long-term partner.", false, List.of("food"),
                    List.of("tiktok/kenji.cooks", "youtube/RamenAtlas")),
            new DemoCreator("Sara Plays", "Gaming.", false, List.of("gaming"), List.of("x/saraplays")),
            new DemoCreator("Lena Weiss", "Photography; fediverse only.", false, List.of("photo"),
                    List.of("mastodon/lena")),
            new DemoCreator("Max Deals", "Deals account; the platform suspends it during the demo.", false,
                    List.of("deals"), List.of("x/dealhunter_max")));

    /**
     * Profile pictures of the demo site, by account key: a file under {@code demo-site/avatars/}. The impersonator's
     * is Mika's picture at 150 px as JPEG, a different file at a different URL whose hash is a few bits off hers.
     */
    static final Map<String, String> AVATARS = Map.of(
            "instagram/mika.travels", "mika.png",
            "instagram/mika.travels.official", "mika-reupload.jpg");

    private DemoCatalog() {
    }

    /** The path the demo site serves the account's picture at, if it has one. */
    public static Optional<String> avatarPath(DemoProfile p) {
        return Optional.ofNullable(AVATARS.get(p.platform() + "/" + p.handle())).map(f -> "/demo-site/avatars/" + f);
    }

    public static Optional<DemoProfile> profile(String platform, String handle) {
        return Optional.ofNullable(PROFILES.get(platform + "/" + handle));
    }
}
