package dev.rehabdoc.model;

import java.util.Locale;

/**
 * How long each kind of text in a source may be, in characters (Unicode code points), and how many items each list
 * inside a record may hold: the one place these limits are written.
 *
 * <p>They are far above what content needs and low enough that every value is read, validated and typeset in
 * seconds: a handout lays out each text on its own, so its time grows with the number of texts, not with the square
 * of one text's length. The model's records name their limits with {@link AtMost}; loading refuses a value past its
 * limit where it stands, before anything else reads it.
 */
public enum Limit {
    // Ids, names and other short texts.
    ID("an id has", 200),
    NAME("a name has", 200),
    TITLE("a title has", 200),
    CLINICAL_NAME("a clinical name has", 200),
    CREDENTIALS("credentials have", 200),
    ROLE("a role has", 500),
    ORGANIZATION("an organization has", 500),
    TERM("a term has", 200),
    TAG("a tag has", 200),
    BODY_REGION("a body region has", 200),
    SYMPTOM("a symptom has", 1_000),
    CODE("a code has", 200),
    PERSON("a person's name has", 200),
    PHONE("a phone number has", 200),
    EMAIL("an email address has", 200),
    HOURS("opening hours have", 500),
    ADDRESS("an address has", 1_000),
    CALL_US_IF("a 'call us if' line has", 1_000),
    SUBTITLE("a subtitle has", 1_000),
    CAPTION("a caption has", 1_000),
    ALT("an alt text has", 1_000),

    // Texts that may be web addresses or citations.
    CODE_SYSTEM("a code system has", 2_000),
    SOURCE("a source has", 2_000),
    CREDIT("an image credit has", 2_000),
    LICENCE("a licence has", 2_000),
    IMAGE_PATH("an image path has", 2_000),
    WEBSITE("a web address has", 2_000),

    // Paragraphs: a step, a summary, a piece of advice, a quote.
    SUMMARY("a summary has", 10_000),
    DESCRIPTION("a description has", 10_000),
    STEP("a step has", 10_000),
    CAUTION("a caution has", 10_000),
    ADVICE("a piece of advice has", 10_000),
    AVOID("a thing to avoid has", 10_000),
    SEE_A_DOCTOR_IF("a reason to see a doctor has", 10_000),
    QUOTE("a quote has", 10_000),
    CLAIM("a research finding has", 10_000),
    NOTE("a note has", 10_000),
    DEFINITION("a definition has", 10_000),

    // Lists inside a record.
    STEPS("an exercise has", 1_000, "steps"),
    CAUTIONS("an exercise has", 1_000, "cautions"),
    TAGS("an exercise has", 1_000, "tags"),
    IMAGES("an exercise has", 1_000, "images"),
    EXERCISE_QUOTES("an exercise has", 1_000, "quotes"),
    EVIDENCE("an exercise has", 1_000, "research findings"),
    SYMPTOMS("a condition has", 1_000, "symptoms"),
    BODY_REGIONS("a condition has", 1_000, "body regions"),
    RISK_FACTORS("a condition has", 1_000, "risk factors"),
    RECOMMENDED_EXERCISES("a condition has", 1_000, "exercises"),
    AVOIDS("a condition has", 1_000, "things to avoid"),
    SEE_A_DOCTOR_IFS("a condition has", 1_000, "reasons to see a doctor"),
    ADVICES("a condition has", 1_000, "pieces of advice"),
    CONDITION_QUOTES("a condition has", 1_000, "quotes"),
    CODES("a condition has", 1_000, "codes"),
    PRESCRIBED_EXERCISES("a program has", 1_000, "exercises"),
    REVIEWERS("a publication has", 1_000, "experts"),
    RELATED("a publication has", 1_000, "related articles");

    private final String subject;
    private final int most;
    /** What a list counts, such as {@code steps}; {@code null} for a text, which counts characters. */
    private final String items;

    Limit(String subject, int most) {
        this(subject, most, null);
    }

    Limit(String subject, int most, String items) {
        this.subject = subject;
        this.most = most;
        this.items = items;
    }

    /** The most characters a text of this kind, or items a list of this kind, may have. */
    public int most() {
        return most;
    }

    /** Whether this limits the items of a list rather than the characters of a text. */
    public boolean isList() {
        return items != null;
    }

    /** Whether a text is within the limit, counting characters as code points. */
    public boolean allows(CharSequence text) {
        // A text has no more code points than chars: only a text longer in chars than the limit is counted.
        return text.length() <= most || length(text) <= most;
    }

    /** Whether a list of {@code size} items is within the limit. */
    public boolean allows(int size) {
        return size <= most;
    }

    /** What an editor reads about a text past the limit: {@code is 12,000 characters long; a step has at most 10,000}. */
    public String tooLong(CharSequence text) {
        return "is " + number(length(text)) + " characters long; " + subject + " at most " + number(most);
    }

    /** What an editor reads about a list past the limit: {@code has 1,200 steps; an exercise has at most 1,000}. */
    public String tooMany(int size) {
        return "has " + number(size) + " " + items + "; " + subject + " at most " + number(most);
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    private static String number(int n) {
        return grouped(n);
    }

    /** How a message writes a count or a size, with thousands grouped: {@code 5,242,880}. */
    public static String grouped(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
