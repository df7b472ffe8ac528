package dev.creatorwatch.parse;

import dev.creatorwatch.fetch.FetchOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself rather than about an account: a login wall or bot challenge, a missing account, a
 * suspended one. Only the page's headline texts are read (title, headings, alerts, meta description, and the body
 * text of short pages), so a tweet quoting "Account suspended" deep in a timeline does not turn a profile into one.
 */
final class PageOutcomes {

    /**
     * A verdict on the page, with the evidence for the diagnostic; {@code formOnly} when the only evidence is a login
     * form, which some sites also render as a modal over a readable profile.
     */
    record Verdict(FetchOutcome outcome, String detail, boolean formOnly) {
        Verdict(FetchOutcome outcome, String detail) {
            this(outcome, detail, false);
        }
    }

    private static final List<String> NOT_FOUND = List.of(
            "sorry, this page isn't available", "this account doesn't exist", "couldn't find this account",
            "this page doesn't exist", "user not found", "page not found", "this channel does not exist",
            "this channel isn't available", "profile not found", "the page you were looking for doesn't exist",
            "that content is unavailable", "diese seite ist leider nicht verfügbar", "dieses konto existiert nicht",
            "esta página no está disponible", "esta cuenta no existe", "no se pudo encontrar esta cuenta",
            "このページはご利用いただけません", "このアカウントは存在しません", "페이지를 사용할 수 없습니다",
            "계정이 존재하지 않습니다", "эта страница недоступна", "этот аккаунт не существует");
    private static final List<String> SUSPENDED = List.of(
            "account suspended", "this account has been suspended", "this account was suspended",
            "this account has been terminated", "this account was banned", "account banned", "konto gesperrt",
            "cuenta suspendida", "アカウントは凍結されています", "계정이 정지되었습니다", "аккаунт заблокирован");
    private static final Pattern LOGIN_TITLE = Pattern.compile(
            "(?iu)^(login|log in|sign in|sign up|anmelden|iniciar sesi[oó]n|connexion|ログイン|로그인|вход|войти)"
                    + "(\\b|\\s|[•·|\\-]).*");
    private static final Pattern CHALLENGE_TITLE = Pattern.compile(
            "(?i)^(just a moment\\.*|attention required!.*|security check.*|verify you are human.*|"
                    + "please wait.*verif.*|access denied)$");
    /** Error pages are small; on those the whole body text is read, on real profiles only the headlines. */
    private static final int SHORT_PAGE_CHARS = 30_000;

    private PageOutcomes() {
    }

    static Optional<Verdict> detect(Page page) {
        String title = page.title();
        if (CHALLENGE_TITLE.matcher(title).matches()) {
            return Optional.of(new Verdict(FetchOutcome.LOGIN_WALL, "bot challenge page: " + clip(title)));
        }
        String headlines = headlines(page);
        for (String phrase : SUSPENDED) {
            if (headlines.contains(phrase)) {
                return Optional.of(new Verdict(FetchOutcome.SUSPENDED, "page says \"" + phrase + "\""));
            }
        }
        for (String phrase : NOT_FOUND) {
            if (headlines.contains(phrase)) {
                return Optional.of(new Verdict(FetchOutcome.NOT_FOUND, "page says \"" + phrase + "\""));
            }
        }
        if (LOGIN_TITLE.matcher(title).matches()) {
            return Optional.of(new Verdict(FetchOutcome.LOGIN_WALL, "login page: " + clip(title)));
        }
        if (page.hasPasswordInput()) {
            return Optional.of(new Verdict(FetchOutcome.LOGIN_WALL, "page shows a login form", true));
        }
        return Optional.empty();
    }

    /** The page's headline texts, lower-case, apostrophes folded ("isn’t" = "isn't"). */
    private static String headlines(Page page) {
        StringBuilder sb = new StringBuilder(page.title()).append('\n');
        String description = page.firstMeta("og:title", "og:description", "description");
        if (description != null) {
            sb.append(clip(description)).append('\n');
        }
        for (Element e : page.headlines()) {
            sb.append(clip(e.text())).append('\n');
            if (sb.length() > 20_000) {
                break;
            }
        }
        Element body = page.document().body();
        if (body != null && page.sourceLength() < SHORT_PAGE_CHARS) {
            sb.append(clip(body.text()));
        }
        return sb.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00A0', ' ');
    }

    private static String clip(String s) {
        return s.length() > 2_000 ? s.substring(0, 2_000) : s;
    }
}
