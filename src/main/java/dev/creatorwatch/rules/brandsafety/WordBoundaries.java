package dev.creatorwatch.rules.brandsafety;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Where a word may begin or end in normalized text. Between two characters of different kinds (Latin, digits, kanji,
 * hiragana, katakana, other scripts) or at a space there is always a boundary. Within Latin, digit and katakana runs
 * there never is one: "ヤク" must not match inside "ヤクルト", nor "ass" inside "class". Within kanji and hiragana,
 * which Japanese writes without spaces, ICU's dictionary-based word segmentation decides, so "大麻" matches in
 * "大麻を吸う" but "死" does not match inside the word "必死".
 */
final class WordBoundaries {

    private static final int SPACE = -2;
    private static final int DIGIT = -1;

    /** Creating a dictionary-based iterator is costly; each thread keeps one and gives it new text. */
    private static final ThreadLocal<BreakIterator> JAPANESE_WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.JAPANESE));

    private final String text;
    private BitSet dictionaryBoundaries;

    WordBoundaries(String text) {
        this.text = text;
    }

    boolean isBoundary(int offset) {
        return switch (cheapAnswer(offset)) {
            case YES -> true;
            case NO -> false;
            case ASK_DICTIONARY -> dictionaryBoundaries().get(offset);
        };
    }

    /**
     * False where a word certainly cannot begin, without running the (costly) dictionary segmentation, so the matcher
     * only segments text in which a Japanese term was actually found.
     */
    boolean mayBeBoundary(int offset) {
        return cheapAnswer(offset) != Answer.NO;
    }

    private Answer cheapAnswer(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Answer.YES;
        }
        int before = kind(text.codePointBefore(offset));
        int after = kind(text.codePointAt(offset));
        if (before == SPACE || after == SPACE || before != after) {
            return Answer.YES;
        }
        if (before == UScript.HAN || before == UScript.HIRAGANA) {
            return Answer.ASK_DICTIONARY;
        }
        return Answer.NO;
    }

    private enum Answer { YES, NO, ASK_DICTIONARY }

    /** The end of the word that starts or continues at {@code offset}. */
    int wordEnd(int offset) {
        int i = offset;
        while (i < text.length() && !isBoundary(i + 1)) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    private BitSet dictionaryBoundaries() {
        if (dictionaryBoundaries == null) {
            BitSet bits = new BitSet(text.length() + 1);
            BreakIterator words = JAPANESE_WORDS.get();
            words.setText(text);
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                bits.set(b);
            }
            dictionaryBoundaries = bits;
        }
        return dictionaryBoundaries;
    }

    static int kind(int cp) {
        if (cp == ' ') {
            return SPACE;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (cp == 'ー' || cp == 'ヽ' || cp == 'ヾ') {
            return UScript.KATAKANA;
        }
        if (cp == '々' || cp == '〆') {
            return UScript.HAN;
        }
        int script = UScript.getScript(cp);
        if (script == UScript.COMMON || script == UScript.INHERITED) {
            return UScript.LATIN;
        }
        return script;
    }
}
