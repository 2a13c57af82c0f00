package org.branchline.routing.internal.rules;

import java.util.Arrays;
import java.util.List;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;

/** Short ways to write routes in tests. */
public final class Routes {
    private Routes() {
    }

    public static Destination station(String userId, int rings) {
        return new Destination(DestinationKind.CALL_APPEARANCE, userId, rings);
    }

    public static Destination extension(String number, int rings) {
        return new Destination(DestinationKind.USER_EXTENSION, number, rings);
    }

    public static Destination followMe(String number, int rings) {
        return new Destination(DestinationKind.FOLLOW_ME, number, rings);
    }

    public static ConnectionAttempt attempt(Destination... destinations) {
        return new ConnectionAttempt(Arrays.asList(destinations));
    }

    public static CallRoute route(FinalAction finalAction, ConnectionAttempt... attempts) {
        return new CallRoute(List.of(attempts), finalAction);
    }

    public static FinalAction voicemail(String extension) {
        return new FinalAction(FinalActionKind.VOICEMAIL, extension);
    }

    public static FinalAction transfer(String extension) {
        return new FinalAction(FinalActionKind.TRANSFER, extension);
    }
}
