package dev.creatorwatch.fetch.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text without mojibake when servers lie about the charset.
 *
 * <p>Order: a byte-order mark wins; then valid UTF-8 wins whenever the body has non-ASCII bytes (random legacy
 * bytes are almost never valid multi-byte UTF-8, while UTF-8 pages mislabelled as Latin-1 are common); then the
 * HTTP header charset and the {@code <meta>} charset, each used only if the body decodes cleanly in it, with a
 * single-byte header charset (which decodes anything) ranked after the meta charset, so a page served as
 * ISO-8859-1 but declaring and containing Shift_JIS decodes as Shift_JIS; when both decode cleanly and disagree,
 * ICU4J's detector picks the one the bytes look like; then ICU4J detection alone; then windows-1252.
 * Labels follow the WHATWG Encoding Standard where Java differs (Shift_JIS means windows-31j, EUC-KR means
 * windows-949, ISO-8859-1 means windows-1252).
 */
public final class BodyDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([a-zA-Z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;
    private static final int BINARY_SCAN_BYTES = 8192;
    private static final int MIN_DETECTION_CONFIDENCE = 30;
    /** The detector's statistics settle long before this; reading a 5 MB page in full would only cost time. */
    private static final int DETECTION_SAMPLE_BYTES = 64 * 1024;

    private static final Map<String, String> WHATWG_LABELS = Map.ofEntries(
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("ms932", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"), Map.entry("csshiftjis", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("cseuckr", "x-windows-949"), Map.entry("windows-949", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("gb2312", "GBK"), Map.entry("big5", "Big5-HKSCS"),
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"),
            Map.entry("x-user-defined", "windows-1252"));

    /** Charsets in which every byte sequence decodes, so "decodes cleanly" says nothing about them. */
    private static final Set<String> LENIENT = Set.of("windows-1252", "windows-1250", "windows-1251",
            "windows-1253", "windows-1254", "windows-1257", "ISO-8859-1", "ISO-8859-15", "KOI8-R", "KOI8-U");

    private static final Set<String> TEXT_TYPES = Set.of("application/xhtml+xml", "application/xml",
            "application/json", "application/ld+json", "application/javascript");

    private BodyDecoder() {
    }

    /**
     * @param contentType the response's Content-Type header, may be null
     * @throws UndecodableBodyException for non-text media types and binary bodies
     */
    public static DecodedBody decode(byte[] body, String contentType) throws UndecodableBodyException {
        refuseNonText(contentType);
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new DecodedBody(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new DecodedBody(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new DecodedBody(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        refuseBinary(body);
        boolean ascii = isAscii(body);
        if (!ascii && decodesCleanly(body, StandardCharsets.UTF_8)) {
            return new DecodedBody(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        }
        Charset header = contentType == null ? null : charsetFrom(HEADER_CHARSET.matcher(contentType));
        Charset meta = charsetFrom(META_CHARSET.matcher(
                new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)));
        List<DecodedCandidate> candidates = new ArrayList<>();
        if (header != null && !LENIENT.contains(header.name())) {
            candidates.add(new DecodedCandidate(header, "header"));
        }
        if (meta != null) {
            candidates.add(new DecodedCandidate(meta, "meta"));
        }
        if (header != null && LENIENT.contains(header.name())) {
            candidates.add(new DecodedCandidate(header, "header"));
        }
        if (ascii) {
            DecodedCandidate first = candidates.isEmpty() ? new DecodedCandidate(StandardCharsets.UTF_8, "utf-8")
                    : candidates.get(0);
            return new DecodedBody(new String(body, first.charset()), first.charset(), first.source());
        }
        List<DecodedCandidate> clean = candidates.stream().filter(c -> decodesCleanly(body, c.charset())).toList();
        if (!clean.isEmpty()) {
            DecodedCandidate chosen = clean.size() == 1 ? clean.get(0) : mostLikely(body, clean);
            return new DecodedBody(new String(body, chosen.charset()), chosen.charset(), chosen.source());
        }
        Charset detected = detect(body);
        if (detected != null) {
            return new DecodedBody(new String(body, detected), detected, "detected");
        }
        Charset fallback = candidates.isEmpty() ? Charset.forName("windows-1252") : candidates.get(0).charset();
        return new DecodedBody(new String(body, fallback), fallback, "fallback");
    }

    private record DecodedCandidate(Charset charset, String source) {
    }

    /** Maps a charset label to a Java charset, WHATWG-style; null when unknown. */
    static Charset forLabel(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        String name = WHATWG_LABELS.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset charsetFrom(Matcher matcher) {
        return matcher.find() ? forLabel(matcher.group(1)) : null;
    }

    /**
     * Header and meta disagree and the body decodes cleanly in both (double-byte charsets overlap a lot): let ICU's
     * statistical detector decide which one the bytes look like. Ties keep the given order.
     */
    private static DecodedCandidate mostLikely(byte[] body, List<DecodedCandidate> clean) {
        CharsetMatch[] matches = detector(body).detectAll();
        DecodedCandidate best = clean.get(0);
        int bestConfidence = confidence(matches, best.charset());
        for (DecodedCandidate candidate : clean.subList(1, clean.size())) {
            int confidence = confidence(matches, candidate.charset());
            if (confidence > bestConfidence) {
                best = candidate;
                bestConfidence = confidence;
            }
        }
        return best;
    }

    private static int confidence(CharsetMatch[] matches, Charset charset) {
        for (CharsetMatch match : matches) {
            if (charset.equals(forLabel(match.getName()))) {
                return match.getConfidence();
            }
        }
        return 0;
    }

    private static Charset detect(byte[] body) {
        for (CharsetMatch match : detector(body).detectAll()) {
            if (match.getConfidence() < MIN_DETECTION_CONFIDENCE) {
                break;
            }
            Charset charset = forLabel(match.getName());
            if (charset != null && decodesCleanly(body, charset)) {
                return charset;
            }
        }
        return null;
    }

    private static CharsetDetector detector(byte[] body) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(body.length <= DETECTION_SAMPLE_BYTES ? body : Arrays.copyOf(body, DETECTION_SAMPLE_BYTES));
        return detector;
    }

    private static boolean decodesCleanly(byte[] body, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void refuseNonText(String contentType) throws UndecodableBodyException {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.startsWith("text/") || TEXT_TYPES.contains(mediaType) || mediaType.endsWith("+xml")
                || mediaType.endsWith("+json")) {
            return;
        }
        throw new UndecodableBodyException("response is " + mediaType + ", not a text page");
    }

    private static void refuseBinary(byte[] body) throws UndecodableBodyException {
        int end = Math.min(body.length, BINARY_SCAN_BYTES);
        for (int i = 0; i < end; i++) {
            if (body[i] == 0) {
                throw new UndecodableBodyException("body contains NUL bytes: binary content, not a text page");
            }
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
