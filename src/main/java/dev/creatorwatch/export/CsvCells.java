package dev.creatorwatch.export;

/**
 * Neutralizes spreadsheet formula injection (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or carriage
 * return is prefixed with a single quote so Excel and LibreOffice show it as text. Everything else stays verbatim;
 * CSV is data, so markup such as {@code <script>} is kept as written.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + s;
            }
        }
        return s;
    }
}
