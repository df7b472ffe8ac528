package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.ProtectedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic protected identities with realistic handle shapes (first+last names, romaji names from syllables,
 * brand words with cities, separators and digits), for the index test and benchmark. Not real people.
 */
public final class SyntheticIdentities {

    private static final String[] FIRST = ("emma olivia ava sophia mia isabella amelia harper evelyn abigail emily "
            + "ella chloe grace lily zoe nora riley layla aria luna camila maria sofia lucia valentina daniel james "
            + "liam noah oliver elijah lucas mason logan ethan aiden jacob jackson leo henry owen sebastian marcus "
            + "william david tim tom alex sam max ben jake ryan kevin jason eric adam nina diana clara julia anna "
            + "minji jiwoo seojun hana wei jun ming li chen arjun priya rohan ananya kofi amara zara omar layla").split(" ");
    private static final String[] LAST = ("smith johnson williams brown jones garcia miller davis rodriguez martinez "
            + "hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white "
            + "harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill "
            + "flores green adams nelson baker hall rivera campbell mitchell carter roberts kim park choi chen wang "
            + "li zhang liu singh patel khan ali rossi ferrari silva santos costa mueller schmidt dubois moreau "
            + "ivanova novak kowalski okafor mensah").split(" ");
    private static final String[] SYLLABLES = ("ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi "
            + "fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa n ga gi go za ji zu da de do ba bi bu be bo").split(" ");
    private static final String[] WORDS = ("glow beauty blue bottle coffee cloud kicks mint cafe milk tea time vivid "
            + "wear bloom flower studio street snap food foodie kitchen yoga fitness gamer guru tech travel wander "
            + "ramen sushi bakery bake cook cooks daily life style home garden pet dog cat fashion makeup skin care "
            + "hair nail art design photo film music dance sound vinyl books reads craft wood leather gold silver "
            + "moon sun star ocean surf ski bike run trail camp outdoor green urban city night morning sweet spicy "
            + "vegan fresh pure bright happy little big wild calm zen lab works co club house box market").split(" ");
    private static final String[] CITIES = ("tokyo kyoto osaka kobe nagoya sapporo seoul busan paris london berlin "
            + "madrid rome milan nyc la sf austin miami toronto sydney").split(" ");
    private static final Platform[] PLATFORMS = {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE, Platform.X};

    private SyntheticIdentities() {
    }

    public static List<ProtectedIdentity> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ProtectedIdentity> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(rnd, i + 1L));
        }
        return out;
    }

    static ProtectedIdentity one(SplittableRandom rnd, long id) {
        String[] words;
        String display;
        int shape = rnd.nextInt(10);
        if (shape < 4) {
            words = new String[] {pick(rnd, FIRST), pick(rnd, LAST)};
            display = title(words[0]) + " " + title(words[1]);
        } else if (shape < 6) {
            words = new String[] {romaji(rnd), romaji(rnd)};
            display = title(words[0]) + " " + title(words[1]);
        } else if (shape < 8) {
            words = new String[] {pick(rnd, WORDS), pick(rnd, WORDS)};
            display = title(words[0]) + " " + title(words[1]);
        } else if (shape < 9) {
            words = new String[] {pick(rnd, WORDS), pick(rnd, WORDS), pick(rnd, CITIES)};
            display = title(words[0]) + " " + title(words[1]) + " " + title(words[2]);
        } else {
            words = new String[] {pick(rnd, FIRST), pick(rnd, WORDS)};
            display = title(words[0]) + " " + title(words[1]);
        }
        String sep = switch (rnd.nextInt(6)) {
            case 0 -> ".";
            case 1 -> "_";
            default -> "";
        };
        StringBuilder handle = new StringBuilder(String.join(sep, words));
        if (rnd.nextInt(5) == 0) {
            handle.append(rnd.nextInt(100));
        }
        return new ProtectedIdentity(id, display, id, PLATFORMS[rnd.nextInt(PLATFORMS.length)], handle.toString(),
                display, null, null);
    }

    private static String romaji(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(pick(rnd, SYLLABLES));
        }
        return b.toString();
    }

    private static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static String title(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
