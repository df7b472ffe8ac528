/**
 * Impersonation detection: accounts whose handle, display name or bio imitate a protected creator's or brand's
 * account.
 *
 * <ul>
 *   <li>{@link dev.creatorwatch.rules.impersonation.IdentityText} folds text to confusable skeletons (NFKC case fold,
 *       UTS #39 via ICU, Latin look-alikes ICU keeps) and finds hidden characters and script mixes;
 *       {@link dev.creatorwatch.rules.impersonation.Affixes} strips "official", "_jp", digits and the like.</li>
 *   <li>{@link dev.creatorwatch.rules.impersonation.LookalikeScorer} compares one candidate with one protected
 *       identity; {@link dev.creatorwatch.rules.impersonation.ImpersonationModule} is the rule module
 *       ({@code impersonation}) behind {@code rules/impersonation/*.yaml}.</li>
 *   <li>{@link dev.creatorwatch.rules.impersonation.ProtectedIdentityIndex} finds the same matches as a linear scan
 *       over a million identities in microseconds; build once, share between threads.</li>
 *   <li>{@link dev.creatorwatch.rules.impersonation.LookalikeGenerator} and
 *       {@link dev.creatorwatch.rules.impersonation.PlatformHandles} produce handles to check during discovery and
 *       their profile URLs; {@link dev.creatorwatch.rules.impersonation.PerceptualHash} hashes avatars.</li>
 * </ul>
 */
package dev.creatorwatch.rules.impersonation;
