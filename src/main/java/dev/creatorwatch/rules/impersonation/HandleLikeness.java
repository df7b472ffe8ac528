package dev.creatorwatch.rules.impersonation;

/** How close a candidate handle is to a protected one, strongest first. */
public enum HandleLikeness {
    /** Reads the same: only look-alike characters, hidden characters, case or separators differ. */
    SAME_SKELETON,
    /** The same name once added words ("official", "_jp") and digits are removed. */
    SAME_CORE,
    /** A typo away (one or two edits, or Jaro–Winkler above the rule's minimum); alone this is often a real name. */
    NEAR,
    NONE
}
