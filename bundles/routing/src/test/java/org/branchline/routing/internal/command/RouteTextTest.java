package org.branchline.routing.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.junit.jupiter.api.Test;

class RouteTextTest {
    @Test
    void attemptsDestinationsAndFinally() {
        CallRoute route = RouteText.parse("route", "5100:4,5101:3;101:2 finally=voicemail:101");
        assertEquals(new CallRoute(List.of(
                new ConnectionAttempt(List.of(station("5100", 4), station("5101", 3))),
                new ConnectionAttempt(List.of(new Destination(DestinationKind.USER_EXTENSION, "101", 2)))),
                new FinalAction(FinalActionKind.VOICEMAIL, "101")), route);
    }

    @Test
    void ringsDefaultToFourAndOutsideNumbersAreFollowMe() {
        CallRoute route = RouteText.parse("route", "5100,95551234:6,follow:5551234 finally=transfer:100");
        assertEquals(List.of(station("5100", Destination.DEFAULT_RINGS),
                new Destination(DestinationKind.FOLLOW_ME, "95551234", 6),
                new Destination(DestinationKind.FOLLOW_ME, "5551234", Destination.DEFAULT_RINGS)),
                route.attempts().get(0).destinations());
        assertEquals(new FinalAction(FinalActionKind.TRANSFER, "100"), route.finalAction());
    }

    @Test
    void noAttemptsAndSpacesAreAllowed() {
        assertEquals(new CallRoute(List.of(), FinalAction.hangUp()), RouteText.parse("route", " finally=hangup "));
        assertEquals(RouteText.parse("route", "5100:4,5101:4;101:2 finally=hang-up"),
                RouteText.parse("route", "5100:4, 5101:4; 101:2  finally=HANGUP"));
    }

    @Test
    void formatIsReadBackAsTheSameRoute() {
        String text = "5100:4,5101:3;101:2,95551234:5,follow:5551234:1 finally=voicemail:101";
        assertEquals(text, RouteText.format(RouteText.parse("route", text)));
        assertEquals("finally=hangup", RouteText.format(new CallRoute(List.of(), FinalAction.hangUp())));
    }

    @Test
    void mistakesNameTheFieldAndThePart() {
        assertRefused("on-busy", "5100:4", "finally=");
        assertRefused("route", "5100:4 finally=hangup finally=hangup", "once");
        assertRefused("route", "5100:4,,101 finally=hangup", "''");
        assertRefused("route", "alice finally=hangup", "'alice'");
        assertRefused("route", "5100:x finally=hangup", "'5100:x': rings");
        assertRefused("route", "finally=voicemail", "need one");
        assertRefused("route", "finally=hangup:101", "takes no extension");
        assertRefused("route", "finally=ring:101", "must be one of");
    }

    private static void assertRefused(String field, String text, String part) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> RouteText.parse(field, text));
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static Destination station(String number, int rings) {
        return new Destination(DestinationKind.CALL_APPEARANCE, number, rings);
    }
}
