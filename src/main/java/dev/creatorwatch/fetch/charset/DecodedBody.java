package dev.creatorwatch.fetch.charset;

import java.nio.charset.Charset;

/** Page text and how its charset was chosen ({@code bom}, {@code header}, {@code meta}, {@code utf-8}, {@code detected}, {@code fallback}). */
public record DecodedBody(String text, Charset charset, String source) {
}
