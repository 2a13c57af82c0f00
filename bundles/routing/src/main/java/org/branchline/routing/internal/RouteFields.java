package org.branchline.routing.internal;

import static org.branchline.api.admin.RequestFields.required;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;

/**
 * The parts of a call route as the REST and SOAP doors read them: what is missing is named by its field path
 * ("routes.primary.attempts[0].destinations[1].target"); the rules on values are the call route service's.
 */
public final class RouteFields {
    private RouteFields() {
    }

    /** A caller-ID route's match; the pattern is required. */
    public static CallerIdMatch callerIdMatch(boolean internal, String pattern) {
        return new CallerIdMatch(internal, required("match.pattern", pattern));
    }

    /** A destination; rings default to {@link Destination#DEFAULT_RINGS}. */
    public static Destination destination(String field, DestinationKind kind, String target, Integer rings) {
        return new Destination(required(field + ".kind", kind), required(field + ".target", target),
                rings == null ? Destination.DEFAULT_RINGS : rings);
    }

    public static FinalAction finalAction(String field, FinalActionKind kind, String extension) {
        return new FinalAction(required(field + ".kind", kind), extension);
    }

    /** Converts each element, telling it its path ("...attempts[2]", as the call route service says); null: none. */
    public static <B, T> List<T> each(String field, List<B> bodies, BiFunction<B, String, T> convert) {
        List<T> out = new ArrayList<>();
        for (int i = 0; bodies != null && i < bodies.size(); i++) {
            String element = field + "[" + i + "]";
            out.add(convert.apply(required(element, bodies.get(i)), element));
        }
        return out;
    }
}
