package org.branchline.routing.internal.rules;

import static org.branchline.api.directory.DialPlanFunction.CALL_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.ENTERPRISE;
import static org.branchline.api.directory.DialPlanFunction.EXTENSIONS;
import static org.branchline.api.directory.DialPlanFunction.INTERNAL_STATION;
import static org.branchline.api.directory.DialPlanFunction.OPERATOR;
import static org.branchline.api.directory.DialPlanFunction.OUTSIDE_LINE;
import static org.branchline.api.directory.DialPlanFunction.PBX_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.SPEED_DIAL;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.ApplicationNumber.Argument;

/**
 * Reads dialed digits with the patterns of the internal dial plan (admin guide §7.2): each function's
 * leading digit, behind '*' in Extension mode except for the operator and outside lines; the numbers of call
 * applications are data ({@link ApplicationNumber}).
 */
public final class InternalDialPlan {
    private final DialPlan plan;
    private final List<ApplicationNumber> applications;

    /** The plan without application numbers (enough to check speed dials and orbits). */
    public InternalDialPlan(DialPlan plan) {
        this(plan, List.of());
    }

    public InternalDialPlan(DialPlan plan, List<ApplicationNumber> applications) {
        this.plan = plan;
        this.applications = applications;
    }

    /** What leads a function's numbers: "3", or "*2" in Extension mode. */
    public String prefix(DialPlanFunction function) {
        boolean starred = plan.mode() == DialPlanMode.EXTENSION && function != OPERATOR && function != OUTSIDE_LINE;
        return (starred ? "*" : "") + plan.digit(function);
    }

    /** 350-399 and 34000-34999 by default; *250-*299 and *24000-*24999 in Extension mode. */
    public boolean isSpeedDialNumber(String number) {
        return rest(SPEED_DIAL, number).filter(r -> r.matches("[5-9]\\d|4\\d{3}")).isPresent();
    }

    /**
     * The parking orbits (admin guide §29) as this plan dials them, lowest first: 701-709 and 4950-4999, or
     * *701-*709 and *4950-*4999 in Extension mode. An application number whose argument is a parking orbit reads
     * each back as itself.
     */
    public List<String> parkingOrbits() {
        String calls = prefix(CALL_FUNCTIONS);
        String pbx = prefix(PBX_FUNCTIONS);
        return Stream.concat(IntStream.rangeClosed(1, 9).mapToObj(n -> calls + "0" + n),
                IntStream.rangeClosed(950, 999).mapToObj(n -> pbx + n)).toList();
    }

    /** The speed dial numbers of this plan, as a person reads them. */
    public String speedDialNumbers() {
        String p = prefix(SPEED_DIAL);
        return p + "50-" + p + "99 or " + p + "4000-" + p + "4999";
    }

    /** True when {@code text} has the shape of an extension of this plan (not whether it exists). */
    public boolean isExtensionShaped(String text) {
        if (text == null || text.length() != plan.extensionLength() || !text.matches("\\d+")) {
            return false;
        }
        int first = text.charAt(0) - '0';
        if (plan.mode() == DialPlanMode.NORMAL) {
            return first == plan.digit(EXTENSIONS) || first == plan.digit(EXTENSIONS) + 1;
        }
        return first != plan.digit(OPERATOR) && first != plan.digit(OUTSIDE_LINE);
    }

    public Classified classify(String digits) {
        if (digits == null || !digits.matches("[0-9*#]+")) {
            return application(digits).orElse(new Classified(DigitKind.UNKNOWN, digits));
        }
        if (isExtensionShaped(digits)) {
            return new Classified(DigitKind.EXTENSION, digits);
        }
        if (digits.equals(prefix(OPERATOR))) {
            return new Classified(DigitKind.OPERATOR, digits);
        }
        return outside(digits)
                .or(() -> station(digits))
                .or(() -> speedDial(digits))
                .or(() -> application(digits))
                .or(() -> callFunction(digits))
                .or(() -> pbxFunction(digits))
                .orElse(new Classified(DigitKind.UNKNOWN, digits));
    }

    private Optional<Classified> outside(String digits) {
        if (rest(OUTSIDE_LINE, digits).filter(r -> !r.isEmpty()).isPresent()) {
            return Optional.of(new Classified(DigitKind.OUTSIDE_LINE, digits.substring(1)));
        }
        return rest(ENTERPRISE, digits).filter(r -> !r.isEmpty())
                .map(r -> new Classified(DigitKind.UNAVAILABLE, "enterprise calling"));
    }

    private Optional<Classified> station(String digits) {
        return rest(INTERNAL_STATION, digits).filter(r -> r.matches("\\d{3}"))
                .map(r -> new Classified(DigitKind.STATION, plan.digit(INTERNAL_STATION) + r));
    }

    private Optional<Classified> speedDial(String digits) {
        return isSpeedDialNumber(digits) ? Optional.of(new Classified(DigitKind.SPEED_DIAL, digits))
                : Optional.empty();
    }

    /**
     * An application's number: one dialed exactly, else one followed by an extension ("6" + 101), else a parking
     * orbit behind its lead ("70" + 1).
     */
    private Optional<Classified> application(String dialed) {
        if (dialed == null) {
            return Optional.empty();
        }
        for (ApplicationNumber n : applications) {
            if (!followed(n) && dialed.equalsIgnoreCase(lead(n))) {
                return Optional.of(new Classified(DigitKind.APPLICATION, null, n));
            }
        }
        for (ApplicationNumber n : applications) {
            String lead = lead(n);
            if (n.argument() == Argument.EXTENSION && dialed.startsWith(lead)
                    && isExtensionShaped(dialed.substring(lead.length()))) {
                return Optional.of(new Classified(DigitKind.APPLICATION, dialed.substring(lead.length()), n));
            }
        }
        for (ApplicationNumber n : applications) {
            if (n.argument() == Argument.PARKING_ORBIT && dialed.startsWith(lead(n))
                    && parkingOrbits().contains(dialed)) {
                return Optional.of(new Classified(DigitKind.APPLICATION, dialed, n));
            }
        }
        return Optional.empty();
    }

    /** True when something follows the number's lead (an extension, the rest of an orbit). */
    private static boolean followed(ApplicationNumber number) {
        return number.argument() == Argument.EXTENSION || number.argument() == Argument.PARKING_ORBIT;
    }

    /** What is dialed before an application number's argument: "404", "*404", "6", "voicemail". */
    private String lead(ApplicationNumber number) {
        return (number.function() == null ? "" : prefix(number.function())) + number.code();
    }

    /** Park, its orbits and pickup are application numbers; audit PIN codes are not offered yet. */
    private Optional<Classified> callFunction(String digits) {
        return rest(CALL_FUNCTIONS, digits).filter(r -> r.matches("8\\d+"))
                .map(r -> new Classified(DigitKind.UNAVAILABLE, "audit PIN codes"));
    }

    private Optional<Classified> pbxFunction(String digits) {
        return rest(PBX_FUNCTIONS, digits).flatMap(r -> {
            if (r.matches("2[01]")) {
                return Optional.of(new Classified(DigitKind.DO_NOT_DISTURB, r.substring(1)));
            }
            if (r.startsWith("5") && isExtensionShaped(r.substring(1))) {
                return Optional.of(new Classified(DigitKind.FORWARD, r.substring(1)));
            }
            return unavailablePbxFunction(r).map(name -> new Classified(DigitKind.UNAVAILABLE, name));
        });
    }

    private static Optional<String> unavailablePbxFunction(String rest) {
        if (rest.equals("03")) {
            return Optional.of("the door relay");
        }
        if (rest.equals("00") || rest.matches("3\\d")) {
            return Optional.of("auto attendants");
        }
        if (rest.matches("4\\d\\d")) {
            return Optional.of("call queues");
        }
        return rest.matches("6\\d") ? Optional.of("paging") : Optional.empty();
    }

    private Optional<String> rest(DialPlanFunction function, String digits) {
        String p = prefix(function);
        return digits.startsWith(p) ? Optional.of(digits.substring(p.length())) : Optional.empty();
    }
}
