package dev.creatorwatch.export;

/**
 * Neutralizes spreadsheet formula injection (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or carriage
 * return gets a single quote in front so Excel and LibreOffice show it as text. Everything else stays verbatim; CSV
 * is data, so markup such as {@code <script>} is kept as written.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** Whether a cell whose UTF-8 text starts with this byte must be neutralized. */
    static boolean startsFormula(byte first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
