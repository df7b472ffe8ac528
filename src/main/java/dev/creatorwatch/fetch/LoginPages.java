package dev.creatorwatch.fetch;

import java.net.URI;
import java.util.regex.Pattern;

/** Recognises redirect targets that are login walls or bot challenges rather than the page we asked for. */
final class LoginPages {

    private static final Pattern LOGIN_PATH = Pattern.compile(
            "(?i)(^|/)(login|log-in|log_in|signin|sign-in|sign_in|logon|auth|authenticate|session|sessions"
                    + "|accounts/login|challenge|checkpoint|captcha|consent)(/|\\.|$)");

    private LoginPages() {
    }

    static boolean isLoginOrChallenge(URI target) {
        String path = target.getPath() == null ? "" : target.getPath();
        return LOGIN_PATH.matcher(path).find();
    }
}
