package dev.creatorwatch.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds labelled counts in free text such as "2,362 Followers, 136 Following, 224 Posts", "1,2 Mio. Abonnenten",
 * "フォロワー1.2万人、フォロー中300人" or "팔로워 3.5만명". A label may follow the count (most languages) or precede it
 * (Japanese, Korean, "Followers: 12"). The first value found for a field wins, so a count in a bio written after
 * the header counts cannot override them. {@link #leading} reads only the counts that open a text, for summaries
 * whose other parts the account owner writes (see {@link DescriptionCounts}).
 */
public final class CountLabels {

    /** The counted things a profile shows. */
    public enum Field { FOLLOWERS, FOLLOWING, POSTS, LIKES }

    /** One labelled count, as the text gives it. */
    public record Item(Field field, long value) {
    }

    /** Labels, lower-case; longer labels first where one is a prefix of another. */
    private static final Map<Field, List<String>> LABELS = labels();

    /** Counter words that may sit between a CJK number and its punctuation ("1.2万人", "50件", "300명"). */
    private static final String COUNTER_WORDS = "人件명개個位本";

    private static final int LABEL_WINDOW = 30;

    private CountLabels() {
    }

    private static Map<Field, List<String>> labels() {
        Map<Field, List<String>> m = new EnumMap<>(Field.class);
        m.put(Field.FOLLOWING, List.of("following", "folge ich", "gefolgt", "seguidos", "seguindo", "siguiendo",
                "abonnements", "подписок", "подписки", "フォロー中", "팔로잉", "팔로우", "关注", "關注", "urmăriri",
                "obserwowani", "takip edilen"));
        m.put(Field.FOLLOWERS, List.of("followers", "follower", "seguidores", "abonnenten", "abonnés", "abonnes",
                "подписчиков", "подписчика", "подписчики", "подписчик", "フォロワー", "팔로워", "粉丝", "粉絲",
                "members", "member", "subscribers", "subscriber", "suscriptores", "suscriptor", "iscritti",
                "inscritos", "fans", "mitglieder", "участников", "участника", "obserwujących", "takipçi",
                "チャンネル登録者", "구독자", "volgers"));
        m.put(Field.POSTS, List.of("posts", "post", "beiträge", "beitrag", "publicaciones", "publicações",
                "publications", "публикаций", "публикации", "публикация", "投稿", "게시물", "帖子", "貼文", "tweets",
                "toots", "videos", "video", "vídeos", "vídeo", "threads", "本の動画", "動画", "동영상", "gönderi",
                "berichten", "pubblicazioni"));
        m.put(Field.LIKES, List.of("likes", "me gusta", "mentions j'aime", "j'aime", "いいね", "좋아요", "获赞",
                "喜欢", "curtidas", "gefällt mir", "mi piace"));
        return m;
    }

    /** Counts found in the text, by field; the first one per field wins. */
    public static Map<Field, Long> find(String text) {
        Map<Field, Long> found = new EnumMap<>(Field.class);
        for (Item item : items(text)) {
            found.putIfAbsent(item.field(), item.value());
        }
        return found;
    }

    /** Every labelled count in the text, in order. */
    public static List<Item> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return normalizedItems(CountText.normalize(text));
    }

    /**
     * The counts of the given fields, each once. A field given with two different numbers is left out: one of them is
     * not the platform's (the owner's text, or another account's count), and which one cannot be told, so the count
     * stays unknown rather than guessed.
     */
    public static Map<Field, Long> agreed(List<Item> items, Set<Field> fields) {
        Map<Field, Long> counts = new EnumMap<>(Field.class);
        Set<Field> disputed = EnumSet.noneOf(Field.class);
        for (Item item : items) {
            if (!fields.contains(item.field())) {
                continue;
            }
            Long before = counts.putIfAbsent(item.field(), item.value());
            if (before != null && before != item.value()) {
                disputed.add(item.field());
            }
        }
        counts.keySet().removeAll(disputed);
        return counts;
    }

    /**
     * The labelled counts that open the text, in order, up to its first other word or a dash: "10 Likes. 120 Followers.
     * bio 9M Followers" gives 10 likes and 120 followers, "1 Posts - 9M Likes (@evil)" one post. A field may occur
     * twice when the text after the counts starts with a count of its own; callers decide what that means.
     */
    public static List<Item> leading(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // read in lower case throughout, so the end found is an offset into the very text read
        String lower = CountText.normalize(text).toLowerCase(Locale.ROOT);
        return normalizedItems(lower.substring(0, countsEnd(lower, LIST_PUNCTUATION)));
    }

    /** Every labelled count in normalized text, in order. */
    private static List<Item> normalizedItems(String s) {
        List<Item> items = new ArrayList<>();
        int from = nextDigit(s, 0);
        if (from < 0) {
            return items;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher m = CountText.COUNT.matcher(s);
        // every count starts with a digit, so the pattern is only tried there rather than at each character
        for (; from >= 0 && m.find(from); from = nextDigit(s, m.end())) {
            Optional<Long> value = CountText.value(m);
            if (value.isEmpty()) {
                continue;
            }
            Field field = labelAfter(lower, m.end());
            if (field == null) {
                field = labelBefore(lower, m.start());
            }
            if (field != null) {
                items.add(new Item(field, value.get()));
            }
        }
        return items;
    }

    private static int nextDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** Applies {@link #find} to a builder, filling only the fields it left empty. */
    public static void fill(Profile.Builder b, String text) {
        fill(b, find(text));
    }

    /** Fills the fields the builder left empty with the counts given. */
    public static void fill(Profile.Builder b, Map<Field, Long> found) {
        Profile current = b.build();
        if (current.followers() == null) {
            b.followers(found.get(Field.FOLLOWERS));
        }
        if (current.following() == null) {
            b.following(found.get(Field.FOLLOWING));
        }
        if (current.posts() == null) {
            b.posts(found.get(Field.POSTS));
        }
        if (current.totalLikes() == null) {
            b.totalLikes(found.get(Field.LIKES));
        }
    }

    /** True when the text is nothing but counts, labels and separators (so it is not a bio). */
    public static boolean onlyCounts(String text) {
        String s = CountText.normalize(text).toLowerCase(Locale.ROOT);
        return countsEnd(s, FILLER) == s.length();
    }

    /** Punctuation that separates counts in summaries ("12 Followers, 3 Following · 5 Posts"). */
    private static final String FILLER = ",.;:·•|/-–—、，()";

    /**
     * Punctuation between the counts of one list ("1 Likes. 2 Followers", "3 Posts, 4 Following", "5 Followers • 6
     * Threads"); no dash, which is where Instagram moves on to the display name.
     */
    private static final String LIST_PUNCTUATION = ",.;:·•|、，";

    /** Where the part of the lower-case text made of counts, labels, counter words, blanks and the punctuation ends. */
    private static int countsEnd(String lower, String punctuation) {
        Matcher m = CountText.COUNT.matcher(lower);
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || punctuation.indexOf(c) >= 0 || COUNTER_WORDS.indexOf(c) >= 0) {
                i++;
            } else if (Character.isDigit(c) && m.find(i) && m.start() == i) {
                i = Math.max(m.end(), i + 1);
            } else {
                int label = labelLength(lower, i);
                if (label == 0) {
                    return i;
                }
                i += label;
            }
        }
        return i;
    }

    /** The length of the label at {@code at}, 0 when none starts there or it runs on into a word ("postscript"). */
    private static int labelLength(String lower, int at) {
        for (List<String> labels : LABELS.values()) {
            for (String label : labels) {
                if (lower.startsWith(label, at) && wordEnds(lower, at + label.length())) {
                    return label.length();
                }
            }
        }
        return 0;
    }

    private static Field labelAfter(String lower, int from) {
        int i = from;
        int end = Math.min(lower.length(), from + LABEL_WINDOW);
        while (i < end && (lower.charAt(i) == ' ' || COUNTER_WORDS.indexOf(lower.charAt(i)) >= 0)) {
            i++;
        }
        for (Map.Entry<Field, List<String>> e : LABELS.entrySet()) {
            for (String label : e.getValue()) {
                if (lower.startsWith(label, i) && wordEnds(lower, i + label.length())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static Field labelBefore(String lower, int to) {
        int i = to;
        while (i > 0 && (lower.charAt(i - 1) == ' ' || lower.charAt(i - 1) == ':' || lower.charAt(i - 1) == '：')) {
            i--;
        }
        for (Map.Entry<Field, List<String>> e : LABELS.entrySet()) {
            for (String label : e.getValue()) {
                int start = i - label.length();
                if (start >= 0 && lower.startsWith(label, start)
                        && (start == 0 || !Character.isLetter(lower.charAt(start - 1)) || isCjk(label))) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Latin labels must end at a word boundary ("posts" but not "postscript"); CJK labels need not. */
    private static boolean wordEnds(String s, int at) {
        return at >= s.length() || !Character.isLetter(s.charAt(at)) || isCjk(s.substring(at - 1, at));
    }

    private static boolean isCjk(String s) {
        char c = s.charAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
