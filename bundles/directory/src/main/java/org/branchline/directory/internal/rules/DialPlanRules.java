package org.branchline.directory.internal.rules;

import static org.branchline.api.directory.DialPlanFunction.CALL_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.ENTERPRISE;
import static org.branchline.api.directory.DialPlanFunction.EXTENSIONS;
import static org.branchline.api.directory.DialPlanFunction.INTERNAL_STATION;
import static org.branchline.api.directory.DialPlanFunction.LEAVE_VOICEMAIL;
import static org.branchline.api.directory.DialPlanFunction.MESSAGE_CENTER;
import static org.branchline.api.directory.DialPlanFunction.OPERATOR;
import static org.branchline.api.directory.DialPlanFunction.OUTSIDE_LINE;
import static org.branchline.api.directory.DialPlanFunction.PBX_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.SPEED_DIAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;

/**
 * Extension length and internal dial plan rules (admin guide §7).
 *
 * <p><b>Patterns.</b> Each function of the §7.2 table reserves the patterns of that table with its own digit in
 * the lead: moving a function's digit moves all of its patterns. Patterns that embed an extension
 * ("6 + user extension") are built from the extension patterns, so they follow the extension length (§7.1.2
 * table: 3199 / 31199). The fixed-length numbers the §7.1.2 list says the extension length does not change
 * keep their length: speed dials 350-399 and 34000-34999, park 700 and orbits 701-709, auto attendants 400 and
 * 431-439, door relay 403, message center 404, conference center 408, queues 44nn, paging 460-469; internal
 * station access keeps the table's four digits (5nnn) at both lengths.
 *
 * <p><b>Extension mode</b> (§7.2): only the operator and outside-line digits are reserved; an extension may
 * start with any other digit. Every other function keeps its patterns behind a leading '*': with the speed
 * dial digit at 2 the speed dials are *250-*299 and *24000-*24999, as §18.6 lists them. The extensions digit is
 * kept (so the plan can go back to Normal mode) but not used.
 *
 * <p><b>Collisions.</b> Two patterns collide when a dialed string matches both, or when a complete match of one
 * is a proper prefix of a match of the other, so that digit-by-digit dialing cannot tell them apart. Patterns
 * of one function may overlap: the server resolves those itself (with extensions 700-899, which §7.2 gives as
 * an example, the call pickup numbers 78nn share a prefix with the audit PIN code 78 + PIN). Of two colliding
 * functions the one lower in the §7.2 table is blamed, matching the guide's advice to choose "starting at the
 * top of the page".
 */
public final class DialPlanRules {

    public static final String LENGTH_FIELD = "extension-length";
    public static final String MODE_FIELD = "mode";

    private static final int DIGITS = 0x3FF;
    private static final int STAR = 1 << 10;
    private static final int MAX_LISTED = 5;

    private record Shape(String text, String use) {
    }

    private static final Map<DialPlanFunction, List<Shape>> SHAPES = shapes();

    private DialPlanRules() {
    }

    /** The factory plan (§7.2 table): Normal mode, three-digit extensions 100-299. */
    public static DialPlan defaults() {
        return defaults(DialPlanMode.NORMAL);
    }

    /**
     * The factory digits in {@code mode}. In Extension mode speed dials move to digit 2 (*250-*299, §18.6),
     * because with both behind '*' the speed dials *350-*399 would be prefixes of the leave-a-voicemail
     * numbers *3nnn.
     */
    public static DialPlan defaults(DialPlanMode mode) {
        Map<DialPlanFunction, Integer> digits = new EnumMap<>(DialPlanFunction.class);
        digits.put(EXTENSIONS, 1);
        digits.put(OPERATOR, 0);
        digits.put(OUTSIDE_LINE, 9);
        digits.put(ENTERPRISE, 8);
        digits.put(INTERNAL_STATION, 5);
        digits.put(SPEED_DIAL, mode == DialPlanMode.EXTENSION ? 2 : 3);
        digits.put(MESSAGE_CENTER, 6);
        digits.put(CALL_FUNCTIONS, 7);
        digits.put(LEAVE_VOICEMAIL, 3);
        digits.put(PBX_FUNCTIONS, 4);
        return new DialPlan(mode, 3, digits);
    }

    /**
     * The patterns {@code plan} reserves, in §7.2 table order; the EXTENSIONS patterns are the extension block
     * (Normal mode: "1xx", "2xx") or the allowed leading digits (Extension mode: "[1-8]xx").
     *
     * @throws InvalidFieldException when the length, mode or a digit is missing or out of range
     */
    public static List<DialPattern> patterns(DialPlan plan) {
        checkShape(plan);
        List<String> extensions = extensionShapes(plan);
        List<DialPattern> patterns = new ArrayList<>();
        for (String ext : extensions) {
            patterns.add(new DialPattern(EXTENSIONS, ext, "user and system extensions"));
        }
        for (DialPlanFunction function : DialPlanFunction.values()) {
            for (Shape shape : SHAPES.getOrDefault(function, List.of())) {
                patterns.addAll(expand(plan, function, shape, extensions));
            }
        }
        return List.copyOf(patterns);
    }

    /**
     * Refuses a plan that §7 does not allow: a length other than 3 or 4, a missing digit, a Normal-mode
     * extension block outside 1xx-9xx, or two functions whose patterns collide.
     *
     * @throws InvalidFieldException on "extension-length", "mode", or the field of the offending function with
     *         a rule naming the function it collides with, e.g. "operator: digit 1 collides with extensions: 1
     *         (operator) overlaps 100-199 (user and system extensions)"
     */
    public static void validate(DialPlan plan) {
        List<DialPattern> all = patterns(plan);
        for (int j = 0; j < all.size(); j++) {
            for (int i = 0; i < j; i++) {
                DialPattern earlier = all.get(i);
                DialPattern later = all.get(j);
                if (earlier.function() != later.function() && overlaps(earlier.pattern(), later.pattern())) {
                    throw collision(plan, later, earlier);
                }
            }
        }
    }

    /**
     * True when {@code number} is a possible user or system extension of {@code plan}: the plan's length, all
     * digits, inside the extension block (Normal mode) or starting with a digit other than the operator and
     * outside-line digits (Extension mode), and clashing with no other function's pattern.
     */
    public static boolean isExtensionNumber(DialPlan plan, String number) {
        if (number == null || number.length() != plan.extensionLength() || !allDigits(number)) {
            return false;
        }
        List<DialPattern> all = patterns(plan);
        boolean inBlock = all.stream()
                .anyMatch(p -> p.function() == EXTENSIONS && matches(p.pattern(), number));
        return inBlock && all.stream()
                .noneMatch(p -> p.function() != EXTENSIONS && overlaps(p.pattern(), number));
    }

    /**
     * {@code plan} with extensions {@code newLength} digits long; the digits stay (§7.1.2: speed dials, park,
     * auto attendants and the other fixed numbers do not change).
     *
     * @throws InvalidFieldException on "extension-length" unless {@code newLength} is 3 or 4
     */
    public static DialPlan withLength(DialPlan plan, int newLength) {
        checkLength(newLength);
        return new DialPlan(plan.mode(), newLength, plan.digits());
    }

    /**
     * The new number of each extension when the extension length changes (§7.1.2), in the order given.
     * Three to four digits puts a 1 in front (x104 becomes x1104, x231 becomes x1231), also for a non-default
     * plan, as the guide says. Four to three digits drops the first digit (x1205 becomes x205) and is refused
     * unless, in Normal mode, every extension lies in d100-d299 where d is the first digit of the extension block
     * (1100-1299 by default; 4100-4299 for extensions 4xxx-5xxx). In Extension mode, which has no block, it is
     * refused when two extensions would shorten to the same number or a shortened number would start with the
     * operator or outside-line digit. The same length maps each extension to itself.
     *
     * @throws InvalidFieldException on "extension-length" unless {@code newLength} is 3 or 4
     * @throws ConflictException on "extension-length" listing up to five extensions that stop the change
     * @throws IllegalArgumentException when an extension is not a number of the plan's current length
     */
    public static Map<String, String> convertLength(DialPlan plan, Collection<String> extensions, int newLength) {
        checkLength(newLength);
        int oldLength = plan.extensionLength();
        extensions.forEach(ext -> requireExtensionOfLength(ext, oldLength));
        Map<String, String> converted = new LinkedHashMap<>();
        if (newLength == oldLength) {
            extensions.forEach(ext -> converted.put(ext, ext));
        } else if (newLength > oldLength) {
            extensions.forEach(ext -> converted.put(ext, "1" + ext));
        } else {
            refuseUnshortenable(plan, extensions);
            extensions.forEach(ext -> converted.put(ext, ext.substring(1)));
        }
        return Collections.unmodifiableMap(converted);
    }

    /** A person's reading of a pattern: "350-399", "*24000-*24999", "700", "9 + digits". */
    public static String describe(DialPattern pattern) {
        return describe(pattern.pattern());
    }

    /** As {@link #describe(DialPattern)}, for the pattern text. */
    public static String describe(String pattern) {
        if (pattern.endsWith(".")) {
            return describe(pattern.substring(0, pattern.length() - 1)) + " + digits";
        }
        List<Integer> masks = parse(pattern).masks();
        int firstChoice = 0;
        while (firstChoice < masks.size() && Integer.bitCount(masks.get(firstChoice)) == 1) {
            firstChoice++;
        }
        if (firstChoice == masks.size()) {
            return pattern;
        }
        for (int i = firstChoice + 1; i < masks.size(); i++) {
            if (masks.get(i) != DIGITS) {
                return pattern;
            }
        }
        return bound(masks, true) + "-" + bound(masks, false);
    }

    /**
     * True when a dialed string matches both patterns or a complete match of one is a proper prefix of a match
     * of the other. Patterns use digits, '*', 'x' (any digit), "[a-b]" (a digit range) and a trailing '.'
     * (one or more further digits).
     */
    public static boolean overlaps(String a, String b) {
        Parsed pa = parse(a);
        Parsed pb = parse(b);
        int common = Math.min(pa.minimumLength(), pb.minimumLength());
        for (int i = 0; i < common; i++) {
            if ((pa.mask(i) & pb.mask(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the dialed string {@code number} matches {@code pattern} completely. */
    public static boolean matches(String pattern, String number) {
        Parsed p = parse(pattern);
        int length = number.length();
        if (length < p.minimumLength() || (!p.open() && length != p.masks().size())) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((p.mask(i) & maskOf(number.charAt(i))) == 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<DialPlanFunction, List<Shape>> shapes() {
        Map<DialPlanFunction, List<Shape>> shapes = new EnumMap<>(DialPlanFunction.class);
        shapes.put(OPERATOR, List.of(new Shape("D", "operator")));
        shapes.put(OUTSIDE_LINE, List.of(new Shape("D.", "outside line + external number")));
        shapes.put(ENTERPRISE, List.of(new Shape("D.", "enterprise number")));
        shapes.put(INTERNAL_STATION, List.of(new Shape("Dxxx", "internal station access")));
        shapes.put(SPEED_DIAL, List.of(new Shape("D[5-9]x", "system speed dials"),
                new Shape("D4xxx", "five-digit system speed dials")));
        shapes.put(MESSAGE_CENTER, List.of(new Shape("DE", "message center for extension")));
        shapes.put(CALL_FUNCTIONS, List.of(new Shape("D00", "call park"),
                new Shape("D0[1-9]", "call retrieve from parking orbit"),
                new Shape("DE", "call pickup for extension"),
                new Shape("D8.", "audit PIN code")));
        shapes.put(LEAVE_VOICEMAIL, List.of(new Shape("DE", "leave a voicemail for extension")));
        shapes.put(PBX_FUNCTIONS, List.of(new Shape("D03", "door relay"),
                new Shape("D08", "conference center"),
                new Shape("D2x", "do not disturb"),
                new Shape("D3x", "auto attendants"),
                new Shape("D4xx", "call queues"),
                new Shape("D9[5-9]x", "call retrieve"),
                new Shape("D5E", "call forwarding for extension"),
                new Shape("D6x", "paging"),
                new Shape("D00", "auto attendant"),
                new Shape("D04", "message center")));
        return Collections.unmodifiableMap(shapes);
    }

    private static List<DialPattern> expand(DialPlan plan, DialPlanFunction function, Shape shape,
            List<String> extensions) {
        String prefix = starred(plan, function) ? "*" : "";
        String text = prefix + shape.text().replace("D", Integer.toString(plan.digit(function)));
        if (!text.contains("E")) {
            return List.of(new DialPattern(function, text, shape.use()));
        }
        return extensions.stream()
                .map(ext -> new DialPattern(function, text.replace("E", ext), shape.use()))
                .collect(Collectors.toList());
    }

    private static boolean starred(DialPlan plan, DialPlanFunction function) {
        return plan.mode() == DialPlanMode.EXTENSION && function != OPERATOR && function != OUTSIDE_LINE;
    }

    private static List<String> extensionShapes(DialPlan plan) {
        String rest = "x".repeat(plan.extensionLength() - 1);
        if (plan.mode() == DialPlanMode.NORMAL) {
            int d = plan.digit(EXTENSIONS);
            return List.of(d + rest, (d + 1) + rest);
        }
        List<String> shapes = new ArrayList<>();
        int start = -1;
        for (int digit = 0; digit <= 10; digit++) {
            boolean free = digit <= 9 && digit != plan.digit(OPERATOR) && digit != plan.digit(OUTSIDE_LINE);
            if (free && start < 0) {
                start = digit;
            } else if (!free && start >= 0) {
                shapes.add(range(start, digit - 1) + rest);
                start = -1;
            }
        }
        return shapes;
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : "[" + from + "-" + to + "]";
    }

    private static void checkShape(DialPlan plan) {
        Objects.requireNonNull(plan, "plan");
        checkLength(plan.extensionLength());
        if (plan.mode() == null) {
            throw new InvalidFieldException(MODE_FIELD, "must be normal or extension");
        }
        for (DialPlanFunction function : DialPlanFunction.values()) {
            Integer digit = plan.digits().get(function);
            if (digit == null || digit < 0 || digit > 9) {
                throw new InvalidFieldException(function.field(), "must be a digit from 0 to 9");
            }
        }
        int block = plan.digit(EXTENSIONS);
        if (plan.mode() == DialPlanMode.NORMAL && (block < 1 || block > 8)) {
            throw new InvalidFieldException(EXTENSIONS.field(),
                    "must be from 1 to 8 in Normal mode (the block uses that digit and the next)");
        }
    }

    private static void checkLength(int length) {
        if (length != 3 && length != 4) {
            throw new InvalidFieldException(LENGTH_FIELD, "must be 3 or 4");
        }
    }

    private static InvalidFieldException collision(DialPlan plan, DialPattern blamed, DialPattern other) {
        return new InvalidFieldException(blamed.function().field(),
                "digit " + plan.digit(blamed.function()) + " collides with " + other.function().field() + ": "
                        + describe(blamed) + " (" + blamed.use() + ") overlaps "
                        + describe(other) + " (" + other.use() + ")");
    }

    private static void requireExtensionOfLength(String ext, int length) {
        if (ext == null || ext.length() != length || !allDigits(ext)) {
            throw new IllegalArgumentException("not a " + length + "-digit extension: " + ext);
        }
    }

    private static void refuseUnshortenable(DialPlan plan, Collection<String> extensions) {
        if (plan.mode() == DialPlanMode.NORMAL) {
            int low = plan.digit(EXTENSIONS) * 1000 + 100;
            int high = low + 199;
            List<String> outside = extensions.stream()
                    .filter(ext -> Integer.parseInt(ext) < low || Integer.parseInt(ext) > high)
                    .collect(Collectors.toList());
            refuseIfAny(outside, "every extension must be within " + low + "-" + high + "; outside");
        } else {
            DialPlan shorter = withLength(plan, 3);
            Map<String, Long> counts = extensions.stream().distinct()
                    .collect(Collectors.groupingBy(ext -> ext.substring(1), HashMap::new, Collectors.counting()));
            List<String> bad = extensions.stream().distinct()
                    .filter(ext -> counts.get(ext.substring(1)) > 1 || !isExtensionNumber(shorter, ext.substring(1)))
                    .collect(Collectors.toList());
            refuseIfAny(bad, "these would not be unique valid 3-digit extensions");
        }
    }

    private static void refuseIfAny(List<String> offending, String reason) {
        if (offending.isEmpty()) {
            return;
        }
        List<String> sorted = offending.stream().distinct().sorted().collect(Collectors.toList());
        String listed = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
        String more = sorted.size() > MAX_LISTED ? " and " + (sorted.size() - MAX_LISTED) + " more" : "";
        throw new ConflictException(LENGTH_FIELD,
                "cannot shorten extensions to 3 digits: " + reason + ": " + listed + more);
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String bound(List<Integer> masks, boolean low) {
        StringBuilder text = new StringBuilder();
        for (int mask : masks) {
            if (mask == STAR) {
                text.append('*');
            } else {
                text.append(low ? Integer.numberOfTrailingZeros(mask) : 31 - Integer.numberOfLeadingZeros(mask));
            }
        }
        return text.toString();
    }

    private record Parsed(List<Integer> masks, boolean open) {
        int minimumLength() {
            return masks.size() + (open ? 1 : 0);
        }

        int mask(int position) {
            return position < masks.size() ? masks.get(position) : DIGITS;
        }
    }

    private static Parsed parse(String pattern) {
        List<Integer> masks = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '.' && i == pattern.length() - 1 && i > 0) {
                return new Parsed(List.copyOf(masks), true);
            }
            if (c == '[') {
                masks.add(rangeMask(pattern, i));
                i += 5;
            } else {
                masks.add(c == 'x' ? DIGITS : requireMask(pattern, c));
                i++;
            }
        }
        if (masks.isEmpty()) {
            throw new IllegalArgumentException("empty dial pattern");
        }
        return new Parsed(List.copyOf(masks), false);
    }

    private static int rangeMask(String pattern, int at) {
        if (at + 4 >= pattern.length() || pattern.charAt(at + 2) != '-' || pattern.charAt(at + 4) != ']') {
            throw new IllegalArgumentException("bad range in dial pattern: " + pattern);
        }
        int from = Character.digit(pattern.charAt(at + 1), 10);
        int to = Character.digit(pattern.charAt(at + 3), 10);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range in dial pattern: " + pattern);
        }
        return ((1 << (to + 1)) - 1) & ~((1 << from) - 1);
    }

    private static int requireMask(String pattern, char c) {
        int mask = maskOf(c);
        if (mask == 0) {
            throw new IllegalArgumentException("bad character '" + c + "' in dial pattern: " + pattern);
        }
        return mask;
    }

    private static int maskOf(char c) {
        if (c >= '0' && c <= '9') {
            return 1 << (c - '0');
        }
        return c == '*' ? STAR : 0;
    }
}
