/**
 * Fetching public profile pages as a good citizen.
 *
 * <p>Entry point: {@link dev.creatorwatch.fetch.PageFetcher#attempt} (or {@code fetch}) with a
 * {@link dev.creatorwatch.fetch.FetchRequest}. Every call ends in exactly one {@link dev.creatorwatch.fetch.FetchOutcome}:
 * <ul>
 *   <li>OK: 2xx with a decodable text body ({@code bytes} = bytes on the wire, before decompression).</li>
 *   <li>NOT_MODIFIED: 304 to a conditional GET (ETag / Last-Modified from the request).</li>
 *   <li>NOT_FOUND: 404. SUSPENDED: 410 or 451.</li>
 *   <li>LOGIN_WALL: 401/403/407, or a redirect to a login/challenge path (not followed).</li>
 *   <li>RATE_LIMITED: 429, or 503 with Retry-After; also when this instance is backing off from the host or its
 *       queue for the host is too long (then {@code httpStatus} is 0 and nothing was sent).</li>
 *   <li>BLOCKED_BY_ROBOTS: robots.txt disallows the URL, or answered 5xx/429 (RFC 9309: assume disallow).</li>
 *   <li>NETWORK_ERROR: DNS/connect/read failures, deadline passed, 5xx, redirect loop or more than
 *       {@code max-redirects}, robots.txt unreachable, unexpected statuses.</li>
 *   <li>TOO_LARGE: body over {@code max-body-bytes} on the wire or after decompression, or a compression ratio over
 *       {@code max-compression-ratio}.</li>
 *   <li>PARSE_FAILURE: non-text media type or binary body.</li>
 *   <li>REFUSED_ADDRESS: the URL guard refused the first URL or a redirect hop; nothing was sent to that host.</li>
 * </ul>
 *
 * <p>Binary bodies (avatar images): {@link dev.creatorwatch.fetch.PageFetcher#fetchBinary} walks the same hops (guard,
 * robots.txt, per-host gate, redirects, timeouts) with its own size cap and Accept header; any 2xx is OK with the raw
 * bytes, which the caller must identify itself (servers mislabel images).
 *
 * <p>Retry times: {@link dev.creatorwatch.fetch.FetchAttempt#retryNotBefore()} is set for RATE_LIMITED and for
 * NETWORK_ERROR caused by the host (exponential backoff with jitter). The scheduler should persist it as the
 * account's next due time; the fetcher's own per-host state is a bounded per-instance cache, so a restart or another
 * instance only forgets a courtesy, never a decision.
 *
 * <p>Every fetch is guarded, not only user-submitted ones: profile URLs all come from users, and redirects can point
 * anywhere. The API layer should call {@link dev.creatorwatch.fetch.guard.UrlGuard#check} on submission too, to
 * reject bad URLs with a readable message before they are stored.
 */
package dev.creatorwatch.fetch;
