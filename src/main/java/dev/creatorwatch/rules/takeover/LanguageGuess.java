package dev.creatorwatch.rules.takeover;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rough guess of the language an account writes in: the dominant script of its letters (ICU {@link UScript}), and for
 * Latin script a count of each language's commonest words. Good enough to notice an English travel account turning
 * into a Spanish crypto account; it answers "unclear" rather than guess on little text.
 */
final class LanguageGuess {

    static final String UNCLEAR = "";

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("English", Set.of("the", "and", "to", "of", "in", "is", "for", "my", "with", "on", "you",
                "this", "it", "your", "are", "from", "we", "be", "at", "our"));
        STOPWORDS.put("Spanish", Set.of("el", "la", "de", "que", "y", "en", "los", "las", "por", "con", "para",
                "una", "es", "mi", "tu", "del", "se", "su", "al", "lo"));
        STOPWORDS.put("Portuguese", Set.of("o", "a", "de", "que", "e", "do", "da", "em", "um", "uma", "para",
                "com", "não", "os", "no", "na", "meu", "minha", "seu", "sua"));
        STOPWORDS.put("French", Set.of("le", "la", "les", "de", "des", "et", "un", "une", "du", "est", "pour",
                "dans", "avec", "sur", "mon", "ma", "mes", "je", "vous", "nous"));
        STOPWORDS.put("German", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "auf",
                "für", "ich", "du", "wir", "zu", "von", "den", "dem", "mein", "sie"));
        STOPWORDS.put("Italian", Set.of("il", "lo", "la", "di", "che", "e", "un", "una", "per", "con", "non",
                "sono", "del", "della", "gli", "le", "mio", "mia", "questo", "ho"));
        STOPWORDS.put("Indonesian", Set.of("dan", "yang", "di", "ke", "dari", "ini", "itu", "untuk", "dengan",
                "aku", "saya", "kamu", "tidak", "ada", "juga", "akan", "bisa", "sudah", "kita", "atau"));
    }

    private LanguageGuess() {
    }

    /** The language or script name, or {@link #UNCLEAR} when there are fewer than {@code minLetters} letters. */
    static String of(String text, int minLetters) {
        if (text == null) {
            return UNCLEAR;
        }
        Map<String, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            scripts.merge(scriptGroup(cp), 1, Integer::sum);
        }
        if (letters < minLetters) {
            return UNCLEAR;
        }
        if (scripts.getOrDefault("Japanese", 0) > 0.1 * letters) {
            // Japanese mixes kanji with kana; kanji alone reads as Chinese
            scripts.merge("Japanese", scripts.getOrDefault("Chinese", 0), Integer::sum);
            scripts.remove("Chinese");
        }
        Map.Entry<String, Integer> top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() < 0.6 * letters) {
            return UNCLEAR;
        }
        return top.getKey().equals("Latin") ? latinLanguage(text) : top.getKey();
    }

    private static String scriptGroup(int cp) {
        int script = UScript.getScript(cp);
        return switch (script) {
            case UScript.HIRAGANA, UScript.KATAKANA -> "Japanese";
            case UScript.HAN -> "Chinese";
            case UScript.HANGUL -> "Korean";
            case UScript.LATIN -> "Latin";
            default -> UScript.getName(script);
        };
    }

    private static String latinLanguage(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            STOPWORDS.forEach((lang, words) -> {
                if (words.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        var ranked = hits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3) {
            return UNCLEAR;
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() < 1.5 * ranked.get(1).getValue()) {
            return UNCLEAR;
        }
        return ranked.get(0).getKey();
    }
}
